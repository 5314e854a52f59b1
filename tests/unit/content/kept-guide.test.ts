import { describe, expect, it } from 'vitest';
import { keepGuide, keptGuide } from '../../../src/lib/content/kept-guide';
import { loadGuide } from '../../../src/lib/content/model';
import { makeGuide } from './helpers';

describe("the guide kept for a build's pages", () => {
  it('is the very guide the build read, for that guide folder only', () => {
    const one = makeGuide({ 'intro.mdx': '---\ntitle: Intro\n---\n\nText.\n' });
    const other = makeGuide({ 'intro.mdx': '---\ntitle: Other\n---\n\nText.\n' });
    const guide = loadGuide(one.content, one.root);
    keepGuide(one.content, guide);
    expect(keptGuide(one.content)).toBe(guide);
    expect(keptGuide(other.content)).toBeUndefined();
    const next = loadGuide(other.content, other.root);
    keepGuide(other.content, next);
    expect(keptGuide(other.content)?.lessons[0]?.title).toBe('Other');
    expect(keptGuide(one.content)).toBeUndefined();
  });
});
