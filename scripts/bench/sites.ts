/**
 * Building one benchmark site, Mnemo's or the floor's, and collecting its figures.
 *
 * Mnemo builds as the project builds guides (scripts/lib/build-site.ts: `npm run build`'s
 * scripts/build.ts with `MNEMO_CONTENT` and `MNEMO_OUT`), which runs `astro build` as its child
 * and writes the search index once Astro has exited: both are in the measured process tree. The floor
 * builds bench/floor with `astro build`, then runs the Pagefind CLI over the built folder as its
 * own process, as a site without a generator would.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommand } from '../lib/build-site.ts';
import type { Generator } from './args.ts';
import { measureBuild, type MeasuredBuild } from './measure-build.ts';
import { phases, profileTimings, type AstroTimerStats, type Phase } from './phases.ts';
import { folderBytes, pageBytes } from './site-size.ts';
import { inSequence } from './steps.ts';

/** Where the benchmark keeps its files. */
export interface BenchPaths {
  /** The Mnemo project. */
  root: string;
  /** bench/.out */
  out: string;
}

/** The figures of one build (one run) of one site. */
export interface SiteResult {
  generator: Generator;
  /** `mnemo`, `floor`, or a profiling variant such as `mnemo -checks`. */
  label: string;
  lessons: number;
  run: number;
  ok: boolean;
  /** Wall time, in ms (the floor: `astro build` plus the Pagefind CLI). */
  ms: number;
  /** User + system CPU time of the build's process tree, in ms. */
  cpuMs?: number;
  /** CPU time other processes used during the build (ms, all cores): how noisy `ms` is. */
  otherCpuMs?: number;
  /** Peak resident memory of the build's process tree, Pagefind included, in bytes. */
  peakBytes: number;
  /** Bytes of every file of the site. */
  outputBytes?: number;
  /** Bytes under `pagefind/`; undefined when the build wrote no search index. */
  indexBytes?: number;
  /** The probe lesson's page, in bytes. */
  page?: { raw: number; gzip: number };
  phases: Phase[];
  /** `[bench]` timings printed by the profiling config. */
  timings: Phase[];
  log: string;
}

/** One site to build. */
export interface SiteJob {
  generator: Generator;
  lessons: number;
  /** The generated lessons in this site's dialect. */
  content: string;
  probeSlug: string;
  /** Parts of Mnemo to switch off (profiling config, bench/profile/); undefined for a plain build. */
  off?: string[];
  /** Which run this is (1-based), for file names and the report. */
  run: number;
}

function labelOf(job: SiteJob): string {
  if (job.off === undefined) return job.generator;
  return job.off.length ? `mnemo -${job.off.join(' -')}` : 'mnemo (instrumented)';
}

/** The Pagefind CLI of the project's `pagefind` package (its npm launcher, which starts the binary). */
function pagefindBin(root: string): string {
  const dir = join(root, 'node_modules', 'pagefind');
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin: string };
  return join(dir, bin);
}

const peakOf = (build: MeasuredBuild): number => Math.max(build.treePeakBytes, build.maxRssBytes);

/** Builds one site from a generated guide and measures it. */
export async function buildSite(paths: BenchPaths, job: SiteJob): Promise<SiteResult> {
  const label = labelOf(job);
  const name = `${label.replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}-${job.lessons}`;
  const site = join(paths.out, 'sites', name);
  const logs = join(paths.out, 'logs');
  mkdirSync(logs, { recursive: true });
  rmSync(site, { recursive: true, force: true });
  const log = join(logs, `${name}.run${job.run}.log`);
  const timerFile = `${log}.astro-timer.json`;
  rmSync(timerFile, { force: true });

  let astro: MeasuredBuild;
  let index: MeasuredBuild | undefined;
  if (job.generator === 'mnemo') {
    const command = buildCommand({ root: paths.root, content: job.content, out: site, base: '/', env: { BENCH_OFF: (job.off ?? []).join(',') } });
    // Astro joins --config to --root (an absolute path would be joined too), so it stays relative.
    const config = job.off ? ['--config', 'bench/profile/astro.config.mjs'] : [];
    astro = await measureBuild({ cwd: command.cwd, args: [...command.args, ...config], env: { ...command.env, ASTRO_TIMER_PATH: timerFile }, logFile: log });
  } else {
    // A fresh cache folder per build, as Mnemo drops its content cache before each build.
    const cache = join(paths.out, 'cache', name);
    rmSync(cache, { recursive: true, force: true });
    const args = [join(paths.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(paths.root, 'bench/floor')];
    const env = { BENCH_CONTENT: job.content, BENCH_OUT: site, BENCH_CACHE: cache, ASTRO_TIMER_PATH: timerFile };
    astro = await measureBuild({ cwd: paths.root, args, env, logFile: log });
    if (astro.ok) index = await measureBuild({ cwd: paths.root, args: [pagefindBin(paths.root), '--site', site], env: {}, logFile: `${log}.pagefind.log` });
  }
  const totals = inSequence(index ? [astro, index] : [astro]);
  const stats = existsSync(timerFile) ? (JSON.parse(readFileSync(timerFile, 'utf8')) as AstroTimerStats) : undefined;
  const buildPhases = phases(astro.lines, astro.ms, stats, astro.timeline);
  if (index) buildPhases.push({ name: 'Pagefind CLI (own process)', ms: index.ms, cpuMs: index.cpuMs, peakBytes: peakOf(index) });
  return {
    generator: job.generator,
    label,
    lessons: job.lessons,
    run: job.run,
    ok: totals.ok,
    ms: totals.ms,
    cpuMs: totals.cpuMs,
    otherCpuMs: totals.otherCpuMs,
    peakBytes: totals.peakBytes,
    outputBytes: totals.ok ? folderBytes(site) : undefined,
    indexBytes: totals.ok ? folderBytes(join(site, 'pagefind')) : undefined,
    page: totals.ok ? pageBytes(site, job.probeSlug) : undefined,
    phases: buildPhases,
    timings: profileTimings(astro.lines),
    log: index && !index.ok ? `${log}.pagefind.log` : log,
  };
}

/** The last lines of a build's log, without Astro's per-page lines and bundler warnings. */
export function logExcerpt(logFile: string, count = 25): string {
  // Each line starts with its time stamp ("  12.345s "), which is dropped here.
  const lines = readFileSync(logFile, 'utf8').split('\n').map((line) => line.replace(/^\s*\d+\.\d{3}s ?/, ''));
  const useful = lines.filter((line) => line.trim() && !/├─|└─|MODULE_LEVEL_DIRECTIVE|[│╭╰]|───/.test(line));
  return useful.slice(-count).join('\n');
}
