/**
 * Exam benchmark: builds the generated benchmark guide (scripts/bench/generate-guide.ts: five
 * questions per lesson) with 1,000 lessons, that is 5,000 questions, plus one exam page of 50
 * questions drawn from the whole guide, and prints what starting that exam costs a learner in
 * Chromium: the catalogue files fetched (the index and only the drawn questions' files, against
 * the whole catalogue on disk), the JavaScript loaded before the learner presses Start, and the
 * time from pressing Start to the first question on screen.
 *
 *   npm run bench:exam              LESSONS=200 QUESTIONS=20 npm run bench:exam
 *
 * Figures, not a pass/fail test: it exits 1 only when the build or the exam fails. The time
 * depends on the machine (local server, no network latency); the bytes do not.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/server.ts';
import { generateGuide } from './bench/generate-guide.ts';
import { buildSite } from './lib/build-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LESSONS = Number(process.env.LESSONS ?? 1000);
const QUESTIONS = Number(process.env.QUESTIONS ?? 50);
const SECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 4872);
const BASE = '/bench/';
const EXAM = 'bench-exams/exam';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (file: string) => gzipSync(readFileSync(file)).length;

/** A fetched file of the site, with its size on disk and gzipped (as a compressing host sends it). */
interface Fetched {
  path: string;
  bytes: number;
  gzip: number;
}

/** Writes the exam page into the generated guide: its own section, 50 questions from everywhere. */
function addExam(content: string): void {
  const dir = join(content, 'bench-exams');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '_section.yaml'), 'title: Exams\n');
  writeFileSync(join(dir, 'exam.mdx'), `---\ntitle: Benchmark exam\nexam:\n  questions: ${QUESTIONS}\n  timeLimit: 60\n---\n\nAnswer every question, then submit.\n`);
}

/** Opens the exam page, starts the exam and waits for its first question. */
async function takeExam(site: string) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--no-sandbox'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(BASE)) fetched.push(path.slice(BASE.length));
    });
    await page.goto(`http://127.0.0.1:${PORT}${BASE}${EXAM}/`);
    await page.waitForLoadState('networkidle');
    const before = fetched.filter((p) => p.endsWith('.js'));
    const start = page.getByRole('button', { name: /^Start the exam$/ });
    await start.waitFor();
    const t0 = Date.now();
    await start.click();
    await page.locator('.mn-exam__question:visible').first().waitFor();
    const ms = Date.now() - t0;
    await page.waitForLoadState('networkidle');
    const toFile = (path: string): Fetched => {
      const file = join(site, path);
      return { path, bytes: statSync(file).size, gzip: gzip(file) };
    };
    const drawn = await page.locator('.mn-exam__question .mn-exam__check').count();
    return { ms, drawn, scripts: before.map(toFile), catalogue: [...new Set(fetched.filter((p) => p.startsWith('_mnemo/')))].map(toFile) };
  } finally {
    await browser.close();
  }
}

const sum = (files: Fetched[], key: 'bytes' | 'gzip') => files.reduce((n, f) => n + f[key], 0);

// Inside the project on purpose, like bench:search: Astro keeps an out-of-tree build's prerender
// files in the shared `.astro/`, where a concurrent build can delete them mid-build.
mkdirSync(join(ROOT, 'bench/.out'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'bench/.out/exam-'));
const out = join(work, 'site');
try {
  const guide = generateGuide(join(work, 'content'), LESSONS, SECTIONS);
  addExam(guide.mnemoDir);
  console.log(`Building a guide of ${LESSONS} lessons in ${SECTIONS} sections with a ${QUESTIONS}-question exam ...`);
  const built = await buildSite({ root: ROOT, content: guide.mnemoDir, out, base: BASE });
  if (!built.ok) throw new Error(`The build failed:\n${built.output.slice(-4000)}`);

  const itemsDir = join(out, '_mnemo/items');
  const items = readdirSync(itemsDir).map((name) => join(itemsDir, name));
  const itemsBytes = items.reduce((n, f) => n + statSync(f).size, 0);
  const server = await serveStatic([{ prefix: BASE, dir: out }], PORT);
  const run = await takeExam(out).finally(() => server.close());
  const fetchedItems = run.catalogue.filter((f) => f.path.startsWith('_mnemo/items/'));
  const index = run.catalogue.filter((f) => !f.path.startsWith('_mnemo/items/'));

  console.log(`\nBuild: ${(built.ms / 1000).toFixed(1)} s`);
  console.log(`Catalogue on disk: ${items.length} question and card files, ${kb(itemsBytes)}; index ${kb(statSync(join(out, '_mnemo/catalogue.json')).size)}`);
  console.log(`Exam of ${run.drawn} questions, catalogue fetched after Start: ${kb(sum(run.catalogue, 'bytes'))} (${kb(sum(run.catalogue, 'gzip'))} gzip) in ${run.catalogue.length} files`);
  for (const f of index) console.log(`  ${kb(f.bytes).padStart(10)}  ${kb(f.gzip).padStart(10)} gzip  ${f.path}`);
  console.log(`  ${kb(sum(fetchedItems, 'bytes')).padStart(10)}  ${kb(sum(fetchedItems, 'gzip')).padStart(10)} gzip  ${fetchedItems.length} item files (_mnemo/items/)`);
  console.log(`JavaScript before Start: ${kb(sum(run.scripts, 'gzip'))} gzip in ${run.scripts.length} files`);
  console.log(`Start to first question on screen: ${run.ms} ms`);
  if (fetchedItems.length > run.drawn) console.log(`NOTE: ${fetchedItems.length} item files fetched for ${run.drawn} questions.`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
