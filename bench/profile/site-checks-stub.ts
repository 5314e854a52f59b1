/**
 * Stand-in for `src/lib/progress/site-checks.ts`, used by the profiling config when
 * `BENCH_OFF=progress`: every lesson reports no self-checks, so pages skip the parse of every
 * lesson that the real module does to count them (progress badges then show nothing).
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
