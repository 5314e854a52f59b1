import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { finishHandedPages, finishPages, handPages, type PageFinish } from '../../../src/integrations/finish-pages';
import { guideOfTree, loadGuide } from '../../../src/lib/content/model';
import { assembleGuide, BODY_PLACEHOLDER, extractPrint } from '../../../src/print/build/assemble';
import { MARKERS } from '../../../src/print/lesson';
import { makeGuide } from '../content/helpers';

const lessonFile = (title: string) => `---\ntitle: ${title}\n---\n\nText.\n`;

/** A guide of three lessons (one at the top, two in a section and a sub-section) and its built pages. */
function builtGuide() {
  const paths = makeGuide({
    'intro.mdx': lessonFile('Intro'),
    'releasing/canary.mdx': lessonFile('Canary'),
    'releasing/deep/rollback.md': lessonFile('Rollback'),
  });
  const guide = loadGuide(paths.content, paths.root);
  const site = mkdtempSync(join(tmpdir(), 'mnemo-site-'));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  };
  write('print/index.html', `<html><body><h1>Print</h1>${BODY_PLACEHOLDER}<footer></footer></body></html>`);
  const page = (slug: string, body: string, key = '') =>
    write(`${slug}/index.html`, `<html><body><main id="main"><div class="mn-content">${MARKERS.start}${body}${MARKERS.end}${MARKERS.keyStart}${key}${MARKERS.keyEnd}</div></article></main></body></html>`);
  page('intro', '<p>Intro text.</p>');
  page('releasing/canary', '<mnemo-question id="pick"><p>Which?</p></mnemo-question>', '<ol class="mn-key-list"><li><a href="#pick">1.</a>A</li></ol>');
  page('releasing/deep/rollback', '<p>Roll back.</p>');
  const input: PageFinish = { guide, checks: [{ lesson: 'releasing/canary', id: 'pick', line: 7 }], base: '/g/', ui: en };
  return { paths, guide, site, write, input };
}

describe('finishing the built pages', () => {
  it('fills the print page with every lesson, from the pages as built, and finds no problem in sound pages', () => {
    const { site, input } = builtGuide();
    expect(finishPages(site, input)).toEqual([]);
    const printed = readFileSync(join(site, 'print/index.html'), 'utf8');
    const read = (slug: string) => extractPrint(readFileSync(join(site, slug, 'index.html'), 'utf8'));
    expect(printed).toBe(`<html><body><h1>Print</h1>${assembleGuide({ ...input, lessonPrint: read })}<footer></footer></body></html>`);
    expect(printed).toContain('<mnemo-question id="releasing/canary/pick">');
    expect(existsSync(join(site, 'print/index.html.tmp'))).toBe(false);
  });

  it('reports a missing page and an id two elements share, at the lesson and at the self-check\'s line', () => {
    const { site, write, input } = builtGuide();
    write('releasing/canary/index.html', '<html><body><div class="mn-content"><h2 id="pick">Pick</h2><mnemo-question id="pick"></mnemo-question></div></article></body></html>');
    rmSync(join(site, 'intro'), { recursive: true });
    const problems = finishPages(site, input);
    expect(problems.map((p) => [p.file, p.line, p.message.split(' (')[0]])).toEqual([
      ['content/intro.mdx', 0, 'The build produced no page for this lesson.'],
      ['content/releasing/canary.mdx', 7, "2 elements on this lesson's page have the id `pick`"],
    ]);
  });

  it('hands npm run build what it needs as JSON, and finishes the pages from it as the build does', () => {
    const { paths, guide, site, input } = builtGuide();
    const handed = JSON.parse(JSON.stringify(handPages(input, paths)));
    // The tree alone gives back the guide's lessons, in reading order, and its sections.
    const rebuilt = guideOfTree(handed.guide);
    expect(rebuilt.lessons).toEqual(JSON.parse(JSON.stringify(guide.lessons)));
    expect([...rebuilt.sections.keys()]).toEqual([...guide.sections.keys()]);
    expect(handed.ui).toEqual({ print: en.print });
    expect(finishHandedPages(site, handed)).toBeUndefined();
    const printed = readFileSync(join(site, 'print/index.html'), 'utf8');
    const other = builtGuide();
    finishPages(other.site, other.input);
    expect(printed).toBe(readFileSync(join(other.site, 'print/index.html'), 'utf8'));
  });

  it("reports a handed-over site's problems as the build's report, paths relative to the guide", () => {
    const { paths, site, input } = builtGuide();
    rmSync(join(site, 'intro'), { recursive: true });
    const report = finishHandedPages(site, JSON.parse(JSON.stringify(handPages(input, paths))));
    expect(report).toMatch(/^Mnemo found 1 problem in the guide in /);
    // The problem's place is the lesson's file in the guide's folder, not under the project's root.
    expect(report).toMatch(/^intro\.mdx: The build produced no page for this lesson\./m);
  });

  it('only checks the pages when the print page is already written (by the worker that filled it as lessons rendered)', () => {
    const { site, write, input } = builtGuide();
    const before = readFileSync(join(site, 'print/index.html'), 'utf8');
    write('releasing/canary/index.html', '<html><body><div class="mn-content"><h2 id="pick">Pick</h2><mnemo-question id="pick"></mnemo-question></div></body></html>');
    const problems = finishPages(site, { ...input, print: false });
    expect(problems.map((p) => p.line)).toEqual([7]);
    expect(readFileSync(join(site, 'print/index.html'), 'utf8')).toBe(before);
  });
});
