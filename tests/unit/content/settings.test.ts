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
    expect(loadSettings(content, root, {})).toEqual({
      title: 'Guide',
      description: '',
      base: '/',
      lang: 'en',
      shuffle: false,
      expressions: false,
      review: { newPerDay: 20, retention: 0.9 },
    });
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

  it('reads the review settings, with the defaults for what is left out', () => {
    const { root, content } = makeGuide({ '_guide.yaml': 'title: Guide\nreview:\n  newPerDay: 5\n' });
    expect(loadSettings(content, root, {}).review).toEqual({ newPerDay: 5, retention: 0.9 });
  });

  it('places each review problem on its own line, with the fix', () => {
    expect(settingsError('title: Guide\nreview:\n  newPerDay: 2.5\n  retention: 1.2\n  newperday: 3\n')).toBe(
      [
        'Mnemo found 3 problems in the guide:',
        '',
        'content/_guide.yaml:3:3: `review.newPerDay` must be a whole number, 0 or more; it is `2.5`.\n    -> Write a whole number, 0 or more, e.g. `newPerDay: 20` (0 introduces no new cards).',
        '',
        'content/_guide.yaml:4:3: `review.retention` must be a number between 0.7 and 0.97; it is `1.2`.\n    -> Write a value between 0.7 and 0.97, e.g. `retention: 0.9`.',
        '',
        'content/_guide.yaml:5:3: Unknown review setting `newperday`.\n    -> Did you mean `newPerDay`? Write a whole number, 0 or more, e.g. `newPerDay: 20` (0 introduces no new cards).',
        '',
      ].join('\n'),
    );
    expect(settingsError('title: Guide\nshuffle: yes\nreview: 20\n')).toContain(
      'content/_guide.yaml:3:1: `review` must hold settings, not `20`.\n    -> Write `review:` followed by indented `newPerDay: 20` and/or `retention: 0.9`.',
    );
  });

  it('takes a guide id for progress files, in the id rule', () => {
    const { root, content } = makeGuide({ '_guide.yaml': 'title: Guide\nid: my-guide\n' });
    expect(loadSettings(content, root, {}).id).toBe('my-guide');
    expect(settingsError('title: Guide\nid: My Guide\n')).toContain(
      'content/_guide.yaml:2:1: The setting `id` cannot be the text "My Guide".\n    -> Write lowercase letters, digits and hyphens, e.g. `id: deployment-fundamentals`.',
    );
  });

  it('requires a title', () => {
    expect(settingsError('description: x\n')).toContain('The setting `title` is required.');
  });
});
