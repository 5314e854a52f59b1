/** Statistics helpers for the draw's distribution tests. */

/** Pearson's chi-square statistic of observed counts against equal expected counts over `cells` outcomes. */
export function chiSquare(counts: ReadonlyMap<string, number>, cells: number): number {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const expected = total / cells;
  let statistic = (cells - counts.size) * expected; // outcomes never seen count too
  for (const observed of counts.values()) statistic += (observed - expected) ** 2 / expected;
  return statistic;
}

/** Counts how often each key comes up over `runs` calls. */
export function tally(runs: number, run: (i: number) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < runs; i++) {
    const key = run(i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A seed of the real format for run `i` (8 base36 characters). */
export const seedOf = (i: number) => i.toString(36).padStart(8, '0');

/**
 * Critical values of chi-square at p = 0.001 (tables), by degrees of freedom. With a fixed list
 * of seeds the tests are deterministic; the strict level keeps a correct draw well inside.
 */
export const CHI_SQUARE_0_001: Readonly<Record<number, number>> = { 3: 16.27, 9: 27.88, 19: 43.82, 23: 49.73 };
