/**
 * The steps of `npm run build`: run `astro build` as a child process, told (by the hand-off
 * variable) to leave the search index, finishing the pages and publishing to this process;
 * once Astro has handed them off (its last hook, after every page is written), index the staged
 * site with Pagefind while finishing its pages (the print page, the last page checks) as
 * Astro's process ends, and publish it once Astro has exited. A build that
 * failed exits with Astro's exit code (1 for a problem in its finished pages) and publishes nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { styleText } from 'node:util';
import { HAND_OFF_VARIABLE, readHandOff, type HandOff } from '../../src/integrations/hand-off.ts';
import { lowerThreadPriority } from '../../src/lib/background-thread.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * Loaded into Astro's process: with it, Node itself can import the project's configuration
 * and the generator's TypeScript (it resolves Vite-style extensionless imports), which Astro
 * tries before starting a Vite server just to load the configuration. Without it that first
 * try fails, and the Vite server cost about a second of every build (issue 19).
 */
const EXTENSIONLESS = pathToFileURL(join(ROOT, 'scripts', 'lib', 'extensionless.ts')).href;

/**
 * V8's young generation for Astro's process: semi-spaces of up to 32 MiB, where Node's default
 * is 16 MiB (V8's `--max-semi-space-size`, in MiB). The compile and the render make many
 * short-lived objects (each lesson's trees, each page's strings); with twice the room fewer of
 * them survive a scavenge only to be copied and collected later. At 1,000 lessons this took
 * 0.5 to 1.6 s off a 17 s build, and its peak memory went down, not up (issue 19).
 */
const YOUNG_GENERATION = '--max-semi-space-size=32';

/**
 * Node's compile cache for Astro's process (`NODE_COMPILE_CACHE`): V8's compiled code of
 * Astro, Vite, the bundler's JavaScript and the generator's modules, kept between builds in
 * the folder this process keeps its own in (scripts/build.ts). Node checks each entry against
 * the file's content, so an upgrade or an edit only costs a recompile. Astro starts about 0.4 s
 * sooner from the second build on (issue 19).
 */
const COMPILE_CACHE = join(ROOT, 'node_modules', '.cache', 'mnemo-build');

/**
 * The environment `astro build` runs with: the caller's, with the compile cache on unless the
 * caller chose a `NODE_COMPILE_CACHE` (or turned it off with `NODE_DISABLE_COMPILE_CACHE`).
 * @example astroEnvironment({ MNEMO_OUT: 'site' }).NODE_COMPILE_CACHE // '<project>/node_modules/.cache/mnemo-build'
 */
export function astroEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { NODE_COMPILE_CACHE: COMPILE_CACHE, ...env };
}

/** Signals passed on to Astro, so that stopping this process stops the build. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const clock = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Prints a line as Astro's logger does (`12:00:01 [mnemo:search] ...`), so the build log reads as one. */
function log(label: string, message: string): void {
  console.log(`${styleText('dim', clock.format(new Date()))} ${styleText('blue', `[${label}]`)} ${message}`);
}

/** Prints an error as Astro's logger does. */
function logError(label: string, message: string): void {
  console.error(styleText('red', `${clock.format(new Date())} [ERROR] [${label}]`, { stream: process.stderr }) + ` ${message}`);
}

/**
 * Runs `astro build` with `args` in a child process (this Node, stdio shared).
 * @returns its exit code; 128 + the signal's number when a signal ended it
 */
function astroBuild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [YOUNG_GENERATION, '--import', EXTENSIONLESS, ASTRO, 'build', ...args], { env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      for (const name of FORWARDED) process.off(name, forward);
      done(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/**
 * What `astro build` left to this process: indexes the staged site with Pagefind while this
 * thread finishes its pages (the print page, the last page checks), then publishes it. A
 * problem in a finished page prints the guide's report, as Astro's process prints it
 * (report-output.ts), and nothing is published.
 * @param astroExit Astro's exit code, once it has exited: the hand-off is written by Astro's
 *   last hook, a moment before its process ends, and this starts meanwhile (issue 19); nothing
 *   is published until Astro has exited with 0. Omitted: Astro has already exited with 0.
 * @param onIndexing called once Pagefind's process has started, before this thread finishes
 *   the pages: `npm run build` lowers the thread's priority there (`lowerThreadPriority`), so
 *   that Pagefind, the longest of what is left, keeps both cores. Over five pairs of 1,000-lesson
 *   builds indexing took 3.39 s on average where it took 3.74 s, shorter in every pair (issue 19).
 *   Pagefind, started first, keeps the priority it started with.
 * @returns 0 once published; 1 when a finished page has a problem; Astro's exit code when it
 *   failed after handing off
 * @throws Error when indexing, filling the print page or publishing failed (nothing published)
 */
export async function completeHandOff(handOff: HandOff, astroExit: Promise<number> = Promise.resolve(0), onIndexing?: () => void): Promise<number> {
  // Pagefind and the rest are loaded only now: this process stays small while Astro runs.
  const { indexMessage, indexSite } = await import('../../src/integrations/search-index.ts');
  // Pagefind's binary reads the lesson pages while this thread fills the print page and checks
  // them: the two share the machine's cores rather than taking turns (issue 19). The lesson
  // pages are final: finishing reads them and writes only the print page, which Pagefind never reads.
  const indexing = handOff.search ? indexSite(handOff.staging, handOff.search.glob) : undefined;
  // indexSite has started Pagefind's process (synchronously): it keeps the priority it started with.
  if (indexing) onIndexing?.();
  // Waited for below; until then, a failure must not end this process as an unhandled rejection.
  indexing?.catch(() => {});
  let report: string | undefined;
  let publish: (staging: string, out: string) => void;
  try {
    // Loaded once Pagefind runs (0.1 to 0.2 s, most of it the page checks' and print page's modules).
    const { finishHandedPages } = await import('../../src/integrations/finish-pages.ts');
    ({ publish } = await import('../../src/integrations/publish.ts'));
    report = handOff.pages ? finishHandedPages(handOff.staging, handOff.pages) : undefined;
  } finally {
    // Pagefind is never left running (and writing into the staged site) behind this process.
    await indexing?.catch(() => {});
  }
  // Astro's process may still be ending: the site is its until then.
  const code = await astroExit;
  if (code !== 0) return code;
  if (report) {
    process.stderr.write(`\n${report}`);
    return 1;
  }
  if (indexing) log('mnemo:search', indexMessage(await indexing));
  publish(handOff.staging, handOff.out);
  log('mnemo:publish', `Site written to ${handOff.out}`);
  return 0;
}

/** How often the wrapper looks for the hand-off while Astro runs, in ms. */
const HAND_OFF_POLL_MS = 20;

/**
 * Resolves to true once `file` exists (hand-off.ts writes it whole, by renaming), checking
 * every `HAND_OFF_POLL_MS`; stops looking (and never resolves) once `until` settles.
 */
function appears(file: string, until: Promise<unknown>): Promise<true> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (existsSync(file)) {
        clearInterval(timer);
        resolve(true);
      }
    }, HAND_OFF_POLL_MS);
    const stop = () => clearInterval(timer);
    until.then(stop, stop);
  });
}

/**
 * Builds the guide the environment names (`MNEMO_CONTENT`, `MNEMO_OUT`, ...) with Astro's
 * flags in `args`, then indexes and publishes it.
 * @param args arguments for `astro build`, e.g. `['--base', '/guide/']`
 * @returns the exit code: Astro's when it failed, 1 when a finished page has a problem or indexing or publishing failed, else 0
 * @example process.exitCode = await runBuild(process.argv.slice(2), process.env)
 */
export async function runBuild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'mnemo-build-'));
  const file = join(folder, 'hand-off.json');
  try {
    const astroExit = astroBuild(args, { ...astroEnvironment(env), [HAND_OFF_VARIABLE]: file });
    // Astro writes the hand-off in its last hook, then prints its summary and ends its process,
    // which takes a few tenths of a second with a large guide's heap: the rest starts at once.
    const handedOff = await Promise.race([astroExit.then(() => false), appears(file, astroExit)]);
    if (handedOff) return await completeHandOff(readHandOff(file), astroExit, lowerThreadPriority);
    const code = await astroExit;
    if (code !== 0) return code;
    // No hand-off: Astro did everything itself (`--help`, or a config without Mnemo).
    if (!existsSync(file)) return 0;
    return await completeHandOff(readHandOff(file), undefined, lowerThreadPriority);
  } catch (error) {
    logError('mnemo:build', error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
