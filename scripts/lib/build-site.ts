import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** What one build of a guide produced. */
export interface BuildResult {
  ok: boolean;
  /** Wall-clock build time in milliseconds. */
  ms: number;
  output: string;
}

/** Which guide to build, where, and under which base. */
export interface BuildOptions {
  root: string;
  content: string;
  out: string;
  /** The base, given as `MNEMO_BASE`; absent: the guide's own (or one given in `args`). */
  base?: string;
  env?: Record<string, string>;
  /** More arguments for `astro build` (the wrapper passes them on), e.g. `['--base', '/guide/']`. */
  args?: string[];
}

/** How to run one guide's build: arguments after `node`, working directory, environment. */
export interface BuildCommand {
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/**
 * The child process that builds a guide as `npm run build` does (scripts/build.ts: `astro build`
 * with the guide in `MNEMO_CONTENT` and the site in `MNEMO_OUT`, then the search index and
 * publishing once Astro has exited), for callers that run it themselves, such as the benchmark,
 * which measures it. A checkout of Mnemo from before that script (the benchmark of two commits)
 * is built with `astro build` alone. Creates the working directory.
 */
export function buildCommand(options: BuildOptions): BuildCommand {
  // Astro keeps its temporary prerender files in <cwd>/.astro when the output folder is not
  // under the working directory, so concurrent builds would share (and delete) each other's.
  // A working directory of its own per output folder, inside the project so that those files
  // still resolve the project's packages, keeps them apart.
  const key = createHash('sha1').update(resolve(options.root, options.out)).digest('hex').slice(0, 12);
  const cwd = resolve(options.root, 'node_modules/.astro/builds', key);
  mkdirSync(cwd, { recursive: true });
  const wrapper = resolve(options.root, 'scripts/build.ts');
  const command = existsSync(wrapper) ? [wrapper] : [resolve(options.root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  return {
    args: [...command, '--root', options.root, ...(options.args ?? [])],
    cwd,
    env: {
      MNEMO_CONTENT: options.content,
      MNEMO_OUT: options.out,
      ...(options.base === undefined ? {} : { MNEMO_BASE: options.base }),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  };
}

/**
 * Builds the guide in `content` into `out` with the real generator (`npm run build`), under
 * `base`. Runs in a child process with this Node, so fixture builds never share state.
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { args, cwd, env } = buildCommand(options);
  return new Promise((done) => {
    // The caller's own MNEMO_BASE must not leak into a build that was given none, nor what a
    // test runner puts in the environment (Vitest sets NODE_ENV=test, DEV=1, MODE=test, ...):
    // Astro reads them into import.meta.env, and the build would be a development one.
    const { MNEMO_BASE: _unset, NODE_ENV: _a, DEV: _b, PROD: _c, MODE: _d, SSR: _e, BASE_URL: _f, ...inherited } = process.env;
    const child = spawn(process.execPath, args, { cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ ok: code === 0, ms: performance.now() - started, output }));
  });
}
