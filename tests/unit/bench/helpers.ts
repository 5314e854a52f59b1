import type { SiteResult } from '../../../scripts/bench/sites';

/** A successful run with round figures; override what a test is about. */
export function run(overrides: Partial<SiteResult> & Pick<SiteResult, 'label' | 'lessons'>): SiteResult {
  return {
    generator: overrides.label === 'floor' ? 'floor' : 'mnemo',
    run: 1,
    ok: true,
    ms: 10_000,
    cpuMs: 12_000,
    otherCpuMs: 0,
    peakBytes: 1000 * 1024 * 1024,
    outputBytes: 5 * 1024 * 1024,
    indexBytes: 1024 * 1024,
    page: { raw: 40_000, gzip: 8_000 },
    phases: [],
    timings: [],
    log: `/tmp/${overrides.label}-${overrides.lessons}.log`,
    ...overrides,
  };
}
