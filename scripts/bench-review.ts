/**
 * Review-page scale benchmark: builds the generated benchmark guide (scripts/bench/
 * generate-guide.ts, 2-3 flashcards per lesson) with enough lessons for about 5,000 flashcards.
 * It seeds 200 of them as due in local storage, opens review/ in Chromium and prints what the
 * page downloaded (in total, and from the catalogue) and how long it took to show the first card.
 *
 *   npm run bench:review              LESSONS=500 DUE=50 npm run bench:review
 *
 * Figures, not a pass/fail test. Bytes are deterministic; times depend on the machine's load.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/server.ts';
import type { CatalogueIndex } from '../src/checks/catalogue/write.ts';
import { generateGuide } from './bench/generate-guide.ts';
import { buildSite } from './lib/build-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** 2,000 lessons hold about 5,000 flashcards (2-3 each). */
const LESSONS = Number(process.env.LESSONS ?? 2000);
const DUE = Number(process.env.DUE ?? 200);
const SECTIONS = 20;
const PORT = Number(process.env.BENCH_PORT ?? 4872);
const BASE = '/bench/';
const DAY = 86_400_000;
/** `studyKeys(BASE).review` (src/lib/progress/keys.ts, whose extensionless imports plain Node cannot load). */
const REVIEW_KEY = `mnemo:review:${BASE}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Review states of `ids`, each a review card that fell due yesterday. */
function dueStates(ids: readonly string[], now: number) {
  const state = { phase: 'review', due: now - DAY, lastReview: now - 4 * DAY, stability: 3, difficulty: 5, scheduledDays: 3, learningStep: 0, reps: 2, lapses: 0 };
  return Object.fromEntries(ids.map((id) => [id, state]));
}

/** Opens review/ with `states` stored, and measures the first card and what was downloaded for it. */
async function openReview(site: string, states: object) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--no-sandbox'] });
  try {
    const context = await browser.newContext();
    await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [REVIEW_KEY, JSON.stringify({ v: 1, states })]);
    const page = await context.newPage();
    const paths: string[] = [];
    context.on('requestfinished', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(`http://127.0.0.1:${PORT}${BASE}review/`);
    await page.locator('mnemo-review .mn-card__prompt').waitFor();
    // ms from the start of navigation to the first card on screen.
    const firstCard = await page.evaluate(() => performance.now());
    const counts = (await page.locator('mnemo-review [data-counts]').textContent())?.trim() ?? '';
    await page.waitForLoadState('networkidle');
    // A plain static server sends each file as it is on disk: its size is what was transferred.
    const files = paths.map((path) => {
      const file = join(site, path.slice(BASE.length));
      const stored = path.endsWith('/') ? join(file, 'index.html') : file;
      const gzip = ['.js', '.json', '.html', '.css', ''].includes(extname(stored)) ? gzipSync(readFileSync(stored)).length : statSync(stored).size;
      return { path: path.slice(BASE.length) || 'index.html', bytes: statSync(stored).size, gzip };
    });
    return { files, firstCard, counts };
  } finally {
    await browser.close();
  }
}

// Inside the project on purpose: Astro keeps an out-of-tree build's prerender files in the
// shared `.astro/`, where a concurrent build can delete them mid-build.
mkdirSync(join(ROOT, 'bench/.out'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'bench/.out/review-'));
const out = join(work, 'site');
try {
  const guide = generateGuide(join(work, 'content'), LESSONS, SECTIONS);
  console.log(`Building a guide of ${LESSONS} lessons in ${SECTIONS} sections ...`);
  const built = await buildSite({ root: ROOT, content: guide.mnemoDir, out, base: BASE });
  if (!built.ok) throw new Error(`The build failed:\n${built.output.slice(-4000)}`);

  const index = JSON.parse(readFileSync(join(out, '_mnemo/catalogue.json'), 'utf8')) as CatalogueIndex;
  const cards = index.lessons.flatMap((lesson) => lesson.cards);
  // Spread over the whole guide, as a learner's due cards would be.
  const step = Math.max(1, Math.floor(cards.length / DUE));
  const due = cards.filter((_, i) => i % step === 0).slice(0, DUE);

  const server = await serveStatic([{ prefix: BASE, dir: out }], PORT);
  const { files, firstCard, counts } = await openReview(out, dueStates(due, Date.now())).finally(() => server.close());
  const sum = (list: typeof files, key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  const catalogue = files.filter((f) => f.path.startsWith('_mnemo/'));
  const items = catalogue.filter((f) => f.path.startsWith('_mnemo/items/'));

  console.log(`\nGuide: ${cards.length} flashcards, ${index.lessons.reduce((n, l) => n + l.questions.length, 0)} questions; ${due.length} cards seeded as due`);
  console.log(`Build: ${(built.ms / 1000).toFixed(1)} s`);
  console.log(`Review page, "${counts}"`);
  console.log(`First card on screen: ${Math.round(firstCard)} ms after navigation start`);
  console.log(`Transferred: ${kb(sum(files, 'bytes'))} in ${files.length} files (${kb(sum(files, 'gzip'))} gzip)`);
  console.log(`  catalogue: ${kb(sum(catalogue, 'bytes'))} in ${catalogue.length} files (${kb(sum(catalogue, 'gzip'))} gzip), of which ${items.length} item files`);
  for (const f of files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(f.bytes).padStart(10)}  ${kb(f.gzip).padStart(10)} gzip  ${f.path}`);
} finally {
  if (process.env.KEEP) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
