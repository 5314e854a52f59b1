/**
 * Shuffling choices and flashcards. Browser code uses `Math.random`; tests and any
 * reproducible order use `seededRandom` (`seeded-random.ts`). Dependency-free.
 */

/** A source of uniform random numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * A new array with the items in random order (Fisher–Yates, so every order is equally
 * likely). The input is left untouched.
 * @example shuffle([1, 2, 3], seededRandom('lesson')) // same order on every run
 */
export function shuffle<T>(items: readonly T[], random: RandomSource = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

// In its own module so that pages which only shuffle (lessons) do not carry it; exams need it.
export { seededRandom } from './seeded-random';
