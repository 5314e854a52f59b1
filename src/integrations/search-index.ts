/**
 * Writing a built site's search index with Pagefind: the one implementation, run either by the
 * `mnemo:search` integration at the end of `astro build`, or by `npm run build`
 * (scripts/build.ts) once Astro has written every page and is ending, so that Pagefind's binary
 * never runs beside Astro's compile and render.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Files Pagefind writes for its ready-made interfaces. Mnemo has its own dialog, so these are
 * removed: nothing links them, and a site should not publish 400 KB of code it never runs.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The folder, inside the built site, that holds the search bundle; engine.ts loads it from `<base>pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * A folder name Pagefind's glob reads as itself: letters, marks, digits, `.`, `-` and `_`, as
 * `segmentSlug` writes them. Anything else might be a glob metacharacter (`{`, `*`, `[`, ...).
 */
const PLAIN_FOLDER = /^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}._-]*$/u;

/**
 * The Pagefind glob (relative to the built site) of the HTML files that can hold a lesson: those
 * under each lesson's top-level folder (a lesson at the top of the guide is its own folder). The
 * print page, the study pages and `_mnemo/` are then never read, which saves Pagefind parsing
 * the print page (41 MB at 1,000 lessons). Undefined, meaning Pagefind's default (every
 * `.html`), when there is no lesson or a folder name is not plain text (a glob could misread it).
 * @param slugs the lessons' route slugs, e.g. `['intro', 'deploys/canary']`
 * @example lessonGlob(['intro', 'deploys/canary', 'deploys/blue-green']) // '{deploys,intro}/**\/*.html'
 * @example lessonGlob(['deploys/canary']) // 'deploys/**\/*.html'
 */
export function lessonGlob(slugs: readonly string[]): string | undefined {
  const folders = [...new Set(slugs.map((slug) => slug.split('/')[0]!))].sort();
  if (!folders.length || !folders.every((folder) => PLAIN_FOLDER.test(folder))) return undefined;
  return `${folders.length === 1 ? folders[0] : `{${folders.join(',')}}`}/**/*.html`;
}

/** What indexing a site did. */
export interface IndexResult {
  /** Pages that had a `data-pagefind-body` (lessons), as counted in the bundle's entry file. */
  lessons: number;
  /** HTML pages Pagefind read (those the glob matched). */
  pages: number;
  /** Wall time of indexing, writing and cleaning up, in milliseconds. */
  ms: number;
}

/** Pages that had a `data-pagefind-body`, as counted in the bundle's entry file. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The Pagefind CLI: the `pagefind` package's launcher, which starts its binary for this
 * platform. Found through Node's module paths from this file (the package exports no
 * `require` entry, and no path inside it), so it is the project's own copy.
 * @throws Error when the package is not installed
 */
function pagefindCli(): string {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const manifest = join(folder, 'pagefind', 'package.json');
    if (!existsSync(manifest)) continue;
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
    return join(folder, 'pagefind', typeof bin === 'string' ? bin : bin.pagefind!);
  }
  throw new Error('The pagefind package is not installed: run `npm ci`.');
}

/** Runs the Pagefind CLI with `args` (this Node runs its launcher); resolves with its output, rejects with it on failure. */
function runPagefind(args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [pagefindCli(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`Pagefind stopped (exit code ${code}):\n${output.trim()}`))));
  });
}

/**
 * Indexes the built site in `site` and writes the bundle to `<site>/pagefind/`, without
 * Pagefind's ready-made UI files. Runs Pagefind's CLI as a child process, as a site built
 * without Mnemo would: its binary (about 300 MiB at 1,000 lessons) uses both cores, where the
 * Node API's service took a third longer at 3,000 lessons (12.2 s against 9.0 s, same site).
 * @param site absolute path of the built site
 * @param glob which HTML files to read, relative to `site` (`lessonGlob`); default every `.html`
 * @throws Error with Pagefind's output when it cannot index or write the bundle
 * @example const { lessons } = await indexSite('/tmp/site', lessonGlob(guide.lessons.map((l) => l.slug)))
 */
export async function indexSite(site: string, glob?: string): Promise<IndexResult> {
  const outputPath = join(site, SEARCH_BUNDLE_DIR);
  const started = performance.now();
  const output = await runPagefind(['--site', site, '--output-subdir', SEARCH_BUNDLE_DIR, ...(glob === undefined ? [] : ['--glob', glob])]);
  // "Found 1010 files matching {a,b}/**/*.html": the pages it read.
  const found = /Found (\d+) files? matching/.exec(output);
  if (!found || !existsSync(join(outputPath, 'pagefind-entry.json'))) throw new Error(`Pagefind wrote no index:\n${output.trim()}`);
  for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
  return { lessons: indexedPages(outputPath), pages: Number(found[1]), ms: Math.round(performance.now() - started) };
}

/**
 * The build log's line for an index.
 * @example indexMessage({ lessons: 2, pages: 3, ms: 40 }) // 'Indexed 2 lessons (of 3 pages) for search in 40 ms.'
 */
export function indexMessage(result: IndexResult): string {
  return `Indexed ${result.lessons} lesson${result.lessons === 1 ? '' : 's'} (of ${result.pages} pages) for search in ${result.ms} ms.`;
}
