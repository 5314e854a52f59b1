/**
 * From runs to figures: each site's runs at one size summarised (fastest and median wall time,
 * median CPU time and peak memory), and Mnemo's figures divided by the floor's.
 */
import type { Generator } from './args.ts';
import type { SiteResult } from './sites.ts';

/** One site at one size, over its runs. */
export interface SiteSummary {
  generator: Generator;
  label: string;
  lessons: number;
  /** False when any run failed; the other figures then come from the runs that succeeded, if any. */
  ok: boolean;
  runs: number;
  /** Wall time of the fastest run, in ms: what the build costs with the least interference. */
  fastestMs: number;
  /** Median wall time over the runs, in ms: what a build usually takes on this machine. */
  medianMs: number;
  /** Median user + system CPU time, in ms; undefined when it could not be read. */
  cpuMs?: number;
  /** Median peak memory of the process tree, in bytes (peaks vary with garbage collection, not load). */
  peakBytes: number;
  /** Output bytes of the fastest run (the same every run: builds are reproducible). */
  outputBytes?: number;
  indexBytes?: number;
  /** The probe lesson's page, raw and gzip bytes. */
  page?: { raw: number; gzip: number };
  /** The fastest run, for its phases and timings. */
  fastest?: SiteResult;
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Groups runs by site and size, in the order they first appear, and summarises each group.
 * @example summarise(results).find((s) => s.label === 'floor' && s.lessons === 1000)?.medianMs
 */
export function summarise(results: readonly SiteResult[]): SiteSummary[] {
  const groups = new Map<string, SiteResult[]>();
  for (const r of results) {
    const key = `${r.label}\u0000${r.lessons}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((runs) => {
    const good = runs.filter((r) => r.ok);
    const fastest = good.length ? good.reduce((a, b) => (b.ms < a.ms ? b : a)) : undefined;
    const cpus = good.map((r) => r.cpuMs);
    return {
      generator: runs[0]!.generator,
      label: runs[0]!.label,
      lessons: runs[0]!.lessons,
      ok: good.length === runs.length,
      runs: runs.length,
      fastestMs: fastest?.ms ?? NaN,
      medianMs: good.length ? median(good.map((r) => r.ms)) : NaN,
      cpuMs: good.length && cpus.every((c) => c !== undefined) ? median(cpus as number[]) : undefined,
      peakBytes: good.length ? median(good.map((r) => r.peakBytes)) : NaN,
      outputBytes: fastest?.outputBytes,
      indexBytes: fastest?.indexBytes,
      page: fastest?.page,
      fastest,
    };
  });
}

/** Mnemo divided by the floor at one size; each ratio undefined when a figure is missing. */
export interface Ratios {
  lessons: number;
  timeFastest?: number;
  timeMedian?: number;
  cpu?: number;
  memory?: number;
  output?: number;
}

/** `a / b`, or undefined when either is missing, not a number, or `b` is 0. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return undefined;
  return a / b;
}

/** The successful summary of `label` at `lessons`, if any. */
export function find(summaries: readonly SiteSummary[], label: string, lessons: number): SiteSummary | undefined {
  return summaries.find((s) => s.label === label && s.lessons === lessons && s.ok);
}

/**
 * Mnemo's figures over the floor's at `lessons`, or undefined unless both built there.
 * @example ratiosAt(summaries, 1000)?.timeMedian // 2.5 when Mnemo takes 2.5 times as long
 */
export function ratiosAt(summaries: readonly SiteSummary[], lessons: number): Ratios | undefined {
  const mnemo = find(summaries, 'mnemo', lessons);
  const floor = find(summaries, 'floor', lessons);
  if (!mnemo || !floor) return undefined;
  return {
    lessons,
    timeFastest: ratio(mnemo.fastestMs, floor.fastestMs),
    timeMedian: ratio(mnemo.medianMs, floor.medianMs),
    cpu: ratio(mnemo.cpuMs, floor.cpuMs),
    memory: ratio(mnemo.peakBytes, floor.peakBytes),
    output: ratio(mnemo.outputBytes, floor.outputBytes),
  };
}
