/**
 * The steps of `npm run build`: run `astro build` as a child process, told (by the hand-off
 * variable) to leave the search index and publishing to this process; once Astro has exited
 * and its memory is freed, index the staged site with Pagefind and publish it. A build that
 * failed exits with Astro's exit code and publishes nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { styleText } from 'node:util';
import { HAND_OFF_VARIABLE, readHandOff } from '../../src/integrations/hand-off.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * Loaded into Astro's process: with it, Node itself can import the project's configuration
 * and the generator's TypeScript (it resolves Vite-style extensionless imports), which Astro
 * tries before starting a Vite server just to load the configuration. Without it that first
 * try fails, and the Vite server cost about a second of every build (issue 19).
 */
const EXTENSIONLESS = pathToFileURL(join(ROOT, 'scripts', 'lib', 'extensionless.ts')).href;

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
    const child = spawn(process.execPath, ['--import', EXTENSIONLESS, ASTRO, 'build', ...args], { env, stdio: 'inherit' });
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
 * Builds the guide the environment names (`MNEMO_CONTENT`, `MNEMO_OUT`, ...) with Astro's
 * flags in `args`, then indexes and publishes it.
 * @param args arguments for `astro build`, e.g. `['--base', '/guide/']`
 * @returns the exit code: Astro's when it failed, 1 when indexing or publishing failed, else 0
 * @example process.exitCode = await runBuild(process.argv.slice(2), process.env)
 */
export async function runBuild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'mnemo-build-'));
  const file = join(folder, 'hand-off.json');
  try {
    const code = await astroBuild(args, { ...env, [HAND_OFF_VARIABLE]: file });
    if (code !== 0) return code;
    // No hand-off: Astro did everything itself (`--help`, or a config without Mnemo).
    if (!existsSync(file)) return 0;
    const handOff = readHandOff(file);
    // Pagefind is loaded only now: this process stays small while Astro runs.
    const { indexMessage, indexSite } = await import('../../src/integrations/search-index.ts');
    const { publish } = await import('../../src/integrations/publish.ts');
    if (handOff.search) log('mnemo:search', indexMessage(await indexSite(handOff.staging, handOff.search.glob)));
    publish(handOff.staging, handOff.out);
    log('mnemo:publish', `Site written to ${handOff.out}`);
    return 0;
  } catch (error) {
    logError('mnemo:build', error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
