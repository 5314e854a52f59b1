import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { loadGuide } from '../../../src/lib/content/model';
import { BODY_PLACEHOLDER } from '../../../src/print/build/assemble';
import { printCollector, setPrintCollector } from '../../../src/print/build/collector';
import { startPrintWorker } from '../../../src/print/build/off-thread';
import { writePrintPage } from '../../../src/print/build/write';
import { MARKERS } from '../../../src/print/lesson';
import { makeGuide } from '../content/helpers';

/** A guide of three lessons at three depths, each page with content, ids, links and a key, built twice. */
function built() {
  const paths = makeGuide({
    'intro.mdx': '---\ntitle: Intro\n---\n\nText.\n',
    'releasing/canary.mdx': '---\ntitle: Canary\n---\n\nText.\n',
    'releasing/deep/rollback.md': '---\ntitle: Rollback\n---\n\nText.\n',
  });
  const guide = loadGuide(paths.content, paths.root);
  const printable = (slug: string) =>
    `${MARKERS.start}<h2 id="why">Why ${slug}</h2><p>See <a href="#why">why</a>, <a href="../canary/">canary</a> and <a href="/releasing/">releasing</a>.</p><script>x()</script>${MARKERS.end}` +
    `${MARKERS.keyStart}<ol><li><a href="#q">1.</a> Yes</li></ol>${MARKERS.keyEnd}`;
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnemo-print-'));
    const write = (path: string, html: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), html);
    };
    write('print/index.html', `<html><body><h1>Print</h1>${BODY_PLACEHOLDER}<footer></footer></body></html>`);
    for (const lesson of guide.lessons) write(`${lesson.slug}/index.html`, `<html><body><main>${printable(lesson.slug)}</main></body></html>`);
    return dir;
  };
  return { guide, printable, site };
}

afterEach(() => setPrintCollector(undefined));

describe("filling the print page on a worker thread as lessons render", () => {
  it('writes the same page as reading the built lesson pages does', async () => {
    const { guide, printable, site } = built();
    const fromFiles = site();
    writePrintPage(fromFiles, guide, '/', en);
    const fromWorker = site();
    const worker = startPrintWorker(JSON.parse(JSON.stringify(guide.root)), '/');
    // In the order pages happen to render; a lesson rendered twice keeps its first part.
    for (const lesson of [...guide.lessons].reverse()) worker.add(lesson.slug, printable(lesson.slug));
    worker.add(guide.lessons[0]!.slug, `${MARKERS.start}<p>again</p>${MARKERS.end}`);
    await worker.write(fromWorker, en);
    const expected = readFileSync(join(fromFiles, 'print/index.html'), 'utf8');
    expect(readFileSync(join(fromWorker, 'print/index.html'), 'utf8')).toBe(expected);
    expect(expected).toContain('id="releasing/canary/why"');
    expect(expected).not.toContain('<script>');
  }, 30_000);

  it('fails, naming the page, when the print page has no placeholder', async () => {
    const { guide, site } = built();
    const dir = site();
    writeFileSync(join(dir, 'print/index.html'), '<html></html>');
    const worker = startPrintWorker(guide.root, '/');
    await expect(worker.write(dir, en)).rejects.toThrow(/print\/index\.html has no <!--mn-print-guide-->/);
  }, 30_000);

  it('is where pages hand their part only while a build sets it', () => {
    expect(printCollector()).toBeUndefined();
    const parts: string[] = [];
    setPrintCollector((slug) => parts.push(slug));
    printCollector()!('intro', '');
    setPrintCollector(undefined);
    expect(printCollector()).toBeUndefined();
    expect(parts).toEqual(['intro']);
  });
});
