import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/lib/settings';
import { ContentError } from '../../../src/lib/problems';
import { makeGuide } from './helpers';

const settingsError = (yaml: string, env: Record<string, string> = {}) => {
  const { root, content } = makeGuide({ '_guide.yaml': yaml });
  try {
    loadSettings(content, root, env);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError');
};

describe('site settings', () => {
  it('applies defaults', () => {
    const { root, content } = makeGuide({ '_guide.yaml': 'title: Guide\n' });
    expect(loadSettings(content, root, {})).toEqual({ title: 'Guide', description: '', base: '/', lang: 'en', shuffle: false, expressions: false });
  });

  it('lets the environment choose base and site', () => {
    const { root, content } = makeGuide({ '_guide.yaml': 'title: Guide\nbase: /a/\n' });
    const settings = loadSettings(content, root, { MNEMO_BASE: '/guide', MNEMO_SITE: 'https://example.org' });
    expect([settings.base, settings.site]).toEqual(['/guide/', 'https://example.org']);
  });

  it('explains every problem with its line and a fix', () => {
    expect(settingsError('title: Guide\nshufle: true\nbase: guide\n')).toBe(
      [
        'Mnemo found 2 problems in the guide:',
        '',
        'content/_guide.yaml:2:1: Unknown setting `shufle`.\n    -> Did you mean `shuffle`? Write `shuffle:`.',
        '',
        'content/_guide.yaml:3:1: The setting `base` cannot be the text "guide".\n    -> Write a path that starts and ends with a slash, e.g. `base: /guide/`.',
        '',
      ].join('\n'),
    );
  });

  it('requires a title', () => {
    expect(settingsError('description: x\n')).toContain('The setting `title` is required.');
  });
});
