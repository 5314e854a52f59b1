/**
 * Stand-in for `src/lib/progress/site-checks.ts`, used by the profiling config when
 * `BENCH_OFF=progress`: every lesson reports no self-checks, so the cost of finding and
 * printing progress counts drops out (until 37f721b pages parsed every lesson again for them).
 */
const NONE = { questions: [] as string[], cards: [] as string[] };

/** No ids for any lesson. */
export function checksOf(_slug: string): typeof NONE {
  return NONE;
}

/** No ids in the guide. */
export function guideChecks(): typeof NONE {
  return NONE;
}
