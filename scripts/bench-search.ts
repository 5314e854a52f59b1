/**
 * Search benchmark: builds the generated benchmark guide (scripts/bench/generate-guide.ts:
 * prose, headings, code blocks, five questions and a deck of flashcards per lesson) with 1,000
 * lessons, and prints
 * what search costs a site and a reader: the search bundle on disk, and the bytes a reader's
 * first query transfers, measured in Chromium.
 *
 *   npm run bench:search              LESSONS=200 QUERY=backlog npm run bench:search
 *
 * Figures, not a pass/fail test. Sizes are deterministic; the build time varies by machine.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/server.ts';
import { generateGuide } from './bench/generate-guide.ts';
import { folderBytes } from './bench/site-size.ts';
import { buildSite } from './lib/build-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LESSONS = Number(process.env.LESSONS ?? 1000);
const SECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 4871);
/** A term of one of the generated guide's topics (message queues). */
const QUERY = process.env.QUERY ?? 'idempotency';
const BASE = '/bench/';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const countFiles = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

/**
 * Opens a lesson, searches once, and lists every file of the search bundle the browser fetched
 * for it (Pagefind's web worker included), with the file's size as served.
 */
async function firstQuery(site: string, slug: string) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--no-sandbox'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const paths = new Set<string>();
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(`${BASE}pagefind/`)) paths.add(path);
    });
    await page.goto(`http://127.0.0.1:${PORT}${BASE}${slug}/`);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('combobox', { name: 'Search lessons, questions and flashcards' }).fill(QUERY);
    const status = page.getByRole('dialog').getByRole('status');
    await status.filter({ hasText: /found|No results/ }).waitFor();
    await page.waitForLoadState('networkidle');
    // A plain static server sends each file as it is on disk: its size is what was transferred.
    const files = [...paths].map((path) => {
      const file = join(site, path.slice(BASE.length));
      // Pagefind's index files are gzipped already; a compressing host only shrinks the scripts.
      const gzip = ['.js', '.json'].includes(extname(file)) ? gzipSync(readFileSync(file)).length : statSync(file).size;
      return { path: path.slice(BASE.length), bytes: statSync(file).size, gzip };
    });
    return { files, status: (await status.textContent())?.trim() ?? '' };
  } finally {
    await browser.close();
  }
}

// Inside the project on purpose: Astro keeps an out-of-tree build's prerender files in the
// shared `.astro/`, where a concurrent build can delete them mid-build.
mkdirSync(join(ROOT, 'bench/.out'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'bench/.out/search-'));
const out = join(work, 'site');
try {
  const guide = generateGuide(join(work, 'content'), LESSONS, SECTIONS);
  console.log(`Building a guide of ${LESSONS} lessons in ${SECTIONS} sections ...`);
  const built = await buildSite({ root: ROOT, content: guide.mnemoDir, out, base: BASE });
  // The build itself fails on a lesson page without its content (src/lib/page-checks.ts).
  if (!built.ok) throw new Error(`The build failed:\n${built.output.slice(-4000)}`);

  const bundle = join(out, 'pagefind');
  const data = ['index', 'fragment', 'filter'].map((d) => join(bundle, d));
  const server = await serveStatic([{ prefix: BASE, dir: out }], PORT);
  const { files, status } = await firstQuery(out, guide.probeSlug).finally(() => server.close());
  const transferred = files.reduce((sum, f) => sum + f.bytes, 0);
  const compressed = files.reduce((sum, f) => sum + f.gzip, 0);

  console.log(`\nBuild, indexing included:  ${(built.ms / 1000).toFixed(1)} s`);
  console.log(`Search bundle on disk:     ${kb(folderBytes(bundle) ?? 0)} in ${countFiles(bundle)} files`);
  console.log(`  index data alone:        ${kb(data.reduce((sum, d) => sum + (folderBytes(d) ?? 0), 0))} in ${data.reduce((n, d) => n + countFiles(d), 0)} files (index/, fragment/, filter/)`);
  console.log(`First query "${QUERY}": ${kb(transferred)} in ${files.length} files (${status}); ${kb(compressed)} from a host that gzips scripts`);
  for (const f of files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(f.bytes).padStart(10)}  ${f.path}`);
  console.log('\nBytes as stored and sent by a plain static server (index files come gzipped from Pagefind).');
} finally {
  if (process.env.KEEP) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
