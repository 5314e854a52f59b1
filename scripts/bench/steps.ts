/**
 * A site built by processes run one after another (the floor: `astro build`, then the
 * Pagefind CLI) counts as one build: its times add up, and its peak memory is the highest
 * peak of any step, since no two steps are alive at once.
 */
import type { MeasuredBuild } from './measure-build.ts';

/** The figures of steps run in sequence, as one build. */
export interface SequenceTotals {
  ok: boolean;
  /** Wall time of all steps, in ms. */
  ms: number;
  /** User + system CPU time of all steps' process trees, in ms; undefined when a step lacks it. */
  cpuMs?: number;
  /** CPU time other processes used meanwhile, in ms (all cores); undefined when a step lacks it. */
  otherCpuMs?: number;
  /** Highest resident memory of any step's process tree, in bytes (sampled or from GNU time). */
  peakBytes: number;
}

const sumOrUndefined = (values: (number | undefined)[]): number | undefined =>
  values.some((v) => v === undefined) ? undefined : values.reduce((a: number, b) => a + b!, 0);

/**
 * Adds up steps that ran one after another. A build that failed part-way is not ok.
 * @example inSequence([astroBuild, pagefindRun]).ms // astroBuild.ms + pagefindRun.ms
 */
export function inSequence(steps: readonly Pick<MeasuredBuild, 'ok' | 'ms' | 'cpuMs' | 'otherCpuMs' | 'treePeakBytes' | 'maxRssBytes'>[]): SequenceTotals {
  return {
    ok: steps.length > 0 && steps.every((s) => s.ok),
    ms: steps.reduce((sum, s) => sum + s.ms, 0),
    cpuMs: sumOrUndefined(steps.map((s) => s.cpuMs)),
    otherCpuMs: sumOrUndefined(steps.map((s) => s.otherCpuMs)),
    // The sampled tree sum sees every process; GNU time's figure is exact but per process.
    peakBytes: Math.max(0, ...steps.map((s) => Math.max(s.treePeakBytes, s.maxRssBytes))),
  };
}
