import { describe, expect, it } from 'vitest';
import { inSequence } from '../../../scripts/bench/steps';
import { median, ratio, ratiosAt, summarise } from '../../../scripts/bench/summary';
import { run } from './helpers';

describe('summarising runs', () => {
  it('keeps the fastest and the median wall time, and the median CPU time and peak memory', () => {
    const [floor] = summarise([
      run({ label: 'floor', lessons: 1000, run: 1, ms: 30_000, cpuMs: 31_000, peakBytes: 2000 }),
      run({ label: 'floor', lessons: 1000, run: 2, ms: 26_000, cpuMs: 29_000, peakBytes: 2200 }),
      run({ label: 'floor', lessons: 1000, run: 3, ms: 28_000, cpuMs: 30_000, peakBytes: 2100 }),
    ]);
    expect(floor).toMatchObject({ runs: 3, ok: true, fastestMs: 26_000, medianMs: 28_000, cpuMs: 30_000, peakBytes: 2100 });
    expect(floor!.fastest?.run).toBe(2);
  });

  it('takes the mean of the middle two for an even number of runs', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('marks a site with a failed run as failed, so no ratio is made from it', () => {
    const summaries = summarise([
      run({ label: 'floor', lessons: 1000 }),
      run({ label: 'mnemo', lessons: 1000, ok: false }),
    ]);
    expect(summaries.map((s) => s.ok)).toEqual([true, false]);
    expect(ratiosAt(summaries, 1000)).toBeUndefined();
  });

  it('divides Mnemo by the floor at one size, time by fastest and by median runs', () => {
    const summaries = summarise([
      run({ label: 'floor', lessons: 1000, ms: 20_000, peakBytes: 2000 }),
      run({ label: 'mnemo', lessons: 1000, ms: 50_000, peakBytes: 3000 }),
      run({ label: 'floor', lessons: 1000, run: 2, ms: 30_000, peakBytes: 2000 }),
      run({ label: 'mnemo', lessons: 1000, run: 2, ms: 60_000, peakBytes: 3000 }),
    ]);
    const r = ratiosAt(summaries, 1000)!;
    expect(r.timeFastest).toBeCloseTo(2.5);
    expect(r.timeMedian).toBeCloseTo(55 / 25);
    expect(r.memory).toBeCloseTo(1.5);
    expect(ratiosAt(summaries, 3000)).toBeUndefined();
  });

  it('gives no ratio for a missing figure or a zero divisor', () => {
    expect(ratio(1, undefined)).toBeUndefined();
    expect(ratio(1, 0)).toBeUndefined();
    expect(ratio(NaN, 2)).toBeUndefined();
  });
});

describe('the floor as two processes in sequence', () => {
  const step = { ok: true, otherCpuMs: 0, maxRssBytes: 0 };
  it('adds up time and CPU time, and keeps the highest peak memory of any step', () => {
    const totals = inSequence([
      { ...step, ms: 25_000, cpuMs: 30_000, treePeakBytes: 2000, maxRssBytes: 2100 },
      { ...step, ms: 3_000, cpuMs: 4_000, treePeakBytes: 300 },
    ]);
    expect(totals).toEqual({ ok: true, ms: 28_000, cpuMs: 34_000, otherCpuMs: 0, peakBytes: 2100 });
  });

  it('fails when a step failed, and has no CPU time when a step could not read it', () => {
    const totals = inSequence([{ ...step, ms: 1, cpuMs: undefined, treePeakBytes: 1 }, { ...step, ok: false, ms: 1, cpuMs: 1, treePeakBytes: 1 }]);
    expect(totals.ok).toBe(false);
    expect(totals.cpuMs).toBeUndefined();
  });
});
