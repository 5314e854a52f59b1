/**
 * Building one benchmark site, Mnemo's or the bare baseline's, and collecting its figures.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Generator } from './args.ts';
import { measureBuild } from './measure-build.ts';
import { phases, profileTimings, type AstroTimerStats, type Phase } from './phases.ts';
import { folderBytes, pageBytes } from './site-size.ts';

/** Where the benchmark keeps its files. */
export interface BenchPaths {
  /** The Mnemo project (/work/main). */
  root: string;
  /** bench/.out */
  out: string;
}

/** The figures of one build of one site. */
export interface SiteResult {
  generator: Generator;
  /** `mnemo`, `bare`, or a profiling variant such as `mnemo -checks`. */
  label: string;
  lessons: number;
  ok: boolean;
  ms: number;
  /** With several runs: the median wall time over them (`ms` is the fastest), and how many. */
  medianMs?: number;
  runs?: number;
  cpuMs?: number;
  /** CPU time other processes used during the build (ms, all cores): how noisy `ms` is. */
  otherCpuMs?: number;
  /** The higher of the sampled tree peak and the largest single process's peak (bytes). */
  peakBytes: number;
  outputBytes?: number;
  /** Bytes under `pagefind/`; undefined when the build wrote no search index. */
  indexBytes?: number;
  /** The probe lesson's page. */
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
  content: string;
  probeSlug: string;
  /** Parts of Mnemo to switch off (profiling config, bench/profile/); undefined for a plain build. */
  off?: string[];
  /** Which run this is, for file names. */
  run: number;
}

function labelOf(job: SiteJob): string {
  if (job.off === undefined) return job.generator;
  return job.off.length ? `mnemo -${job.off.join(' -')}` : 'mnemo (instrumented)';
}

/**
 * Builds one site from a generated guide and measures it. Mnemo builds with the real
 * generator and its `MNEMO_*` variables; the baseline with bench/bare and a fresh cache.
 */
export async function buildSite(paths: BenchPaths, job: SiteJob): Promise<SiteResult> {
  const label = labelOf(job);
  const slug = label.replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');
  const name = `${slug}-${job.lessons}`;
  const site = join(paths.out, 'sites', name);
  const logs = join(paths.out, 'logs');
  mkdirSync(logs, { recursive: true });
  rmSync(site, { recursive: true, force: true });
  const astro = join(paths.root, 'node_modules/astro/bin/astro.mjs');

  let args: string[];
  let env: Record<string, string>;
  if (job.generator === 'mnemo') {
    args = [astro, 'build', ...(job.off ? ['--config', 'bench/profile/astro.config.mjs'] : [])];
    env = { MNEMO_CONTENT: job.content, MNEMO_OUT: site, MNEMO_BASE: '/', BENCH_OFF: (job.off ?? []).join(',') };
  } else {
    // Mnemo drops its content cache before each build (src/integrations/mnemo.ts); so does the baseline.
    const cache = join(paths.out, 'cache', name);
    rmSync(cache, { recursive: true, force: true });
    args = [astro, 'build', '--root', join(paths.root, 'bench/bare')];
    env = { BENCH_CONTENT: job.content, BENCH_OUT: site, BENCH_CACHE: cache };
  }
  const log = join(logs, `${name}.run${job.run}.log`);
  const timerFile = `${log}.astro-timer.json`;
  rmSync(timerFile, { force: true });
  env.ASTRO_TIMER_PATH = timerFile;
  const build = await measureBuild({ cwd: paths.root, args, env, logFile: log });
  const stats = existsSync(timerFile) ? (JSON.parse(readFileSync(timerFile, 'utf8')) as AstroTimerStats) : undefined;
  return {
    generator: job.generator,
    label,
    lessons: job.lessons,
    ok: build.ok,
    ms: build.ms,
    cpuMs: build.cpuMs,
    otherCpuMs: build.otherCpuMs,
    peakBytes: Math.max(build.treePeakBytes, build.maxRssBytes),
    outputBytes: build.ok ? folderBytes(site) : undefined,
    indexBytes: build.ok ? folderBytes(join(site, 'pagefind')) : undefined,
    page: build.ok ? pageBytes(site, job.probeSlug) : undefined,
    phases: phases(build.lines, build.ms, stats, build.timeline),
    timings: profileTimings(build.lines),
    log,
  };
}

/** The last lines of a build's log, without Astro's per-page lines and bundler warnings. */
export function logExcerpt(logFile: string, count = 25): string {
  // Each line starts with its time stamp ("  12.345s "), which is dropped here.
  const lines = readFileSync(logFile, 'utf8').split('\n').map((line) => line.replace(/^\s*\d+\.\d{3}s ?/, ''));
  const useful = lines.filter((line) => line.trim() && !/├─|└─|MODULE_LEVEL_DIRECTIVE|[│╭╰]|───/.test(line));
  return useful.slice(-count).join('\n');
}
