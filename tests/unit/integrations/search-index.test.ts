import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexMessage, indexSite, lessonGlob } from '../../../src/integrations/search-index';

/** A built site's page: a lesson has `data-pagefind-body`, any other page has none. */
const page = (title: string, lesson: boolean) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><article${lesson ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Text about ${title}.</p></article></main></body></html>`;

/** A built site with the given pages (`path` relative to the site, e.g. `a/index.html`). */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mnemo-search-index-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('the glob of the files search reads', () => {
  it("names each lesson's top-level folder once, sorted", () => {
    expect(lessonGlob(['releasing/canary', 'intro', 'releasing/blue-green', 'operations/logs/rotation'])).toBe('{intro,operations,releasing}/**/*.html');
  });

  it('is the one folder when there is one', () => {
    expect(lessonGlob(['releasing/canary', 'releasing/rollback'])).toBe('releasing/**/*.html');
  });

  it("keeps letters of every script, digits, dots and hyphens, as the guide's addresses have them", () => {
    expect(lessonGlob(['учения/первое', '第一课-基础', 'v1.2/notes'])).toBe('{v1.2,учения,第一课-基础}/**/*.html');
  });

  it("falls back to Pagefind's default (every page) when a folder name could be read as a glob, or there is no lesson", () => {
    for (const folder of ['a{b', 'a,b', 'a*', 'a[1]', 'a?', 'a b', '-a', '.a', '']) expect(lessonGlob([`${folder}/lesson`, 'plain']), folder).toBeUndefined();
    expect(lessonGlob([])).toBeUndefined();
  });
});

describe('indexing a built site', () => {
  it('indexes every lesson, at the top of the guide and deep in sections, without reading the print page or study pages', async () => {
    const dir = site({
      'index.html': page('Home', false),
      'intro/index.html': page('Intro', true),
      'releasing/index.html': page('Releasing', false),
      'releasing/canary/index.html': page('Canary', true),
      'releasing/deep/rollback/index.html': page('Rollback', true),
      'учения/первое/index.html': page('Первое', true),
      'print/index.html': page('Print', true),
      'review/index.html': page('Review', false),
    });
    const result = await indexSite(dir, lessonGlob(['intro', 'releasing/canary', 'releasing/deep/rollback', 'учения/первое']));
    // Home, print and review are not read; the section page is read but holds no lesson.
    expect(result).toMatchObject({ lessons: 4, pages: 5 });
    const bundle = readdirSync(join(dir, 'pagefind'));
    expect(bundle).toContain('pagefind-entry.json');
    expect(bundle).not.toContain('pagefind-ui.js');
  }, 60_000);

  it('reads every page without a glob, as before', async () => {
    const dir = site({ 'index.html': page('Home', false), 'a/index.html': page('A', true), 'print/index.html': page('Print', true) });
    expect(await indexSite(dir)).toMatchObject({ lessons: 2, pages: 3 });
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 60_000);

  it('says what it indexed in the build log', () => {
    expect(indexMessage({ lessons: 1, pages: 4, ms: 12 })).toBe('Indexed 1 lesson (of 4 pages) for search in 12 ms.');
    expect(indexMessage({ lessons: 3, pages: 4, ms: 12 })).toBe('Indexed 3 lessons (of 4 pages) for search in 12 ms.');
  });
});
