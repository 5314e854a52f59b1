/**
 * Shuffling choices, flashcards and the steps of an ordering question. Browser code uses
 * `Math.random`; tests and any reproducible order use `seededRandom` (`seeded-random.ts`).
 * Dependency-free.
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

/**
 * A shuffle that never leaves two or more items in the order given: what an ordering
 * question shows, so the learner always has something to put right. Rejection sampling
 * (shuffle again while the result is still in order) keeps every other order equally likely;
 * after 16 unlucky draws, odds of at most (1/2)^16, the first two items are swapped instead.
 * Items are compared by identity, so equal items in other places still count as a change.
 * @example shuffleOutOfOrder(['a', 'b']) // ['b', 'a'], always
 */
export function shuffleOutOfOrder<T>(items: readonly T[], random: RandomSource = Math.random): T[] {
  const inOrder = (result: readonly T[]) => result.every((item, n) => item === items[n]);
  let result = shuffle(items, random);
  for (let tries = 1; tries < 16 && items.length > 1 && inOrder(result); tries++) result = shuffle(items, random);
  if (items.length > 1 && inOrder(result)) [result[0], result[1]] = [result[1]!, result[0]!];
  return result;
}

// In its own module so that pages which only shuffle (lessons) do not carry it; exams need it.
export { seededRandom } from './seeded-random';
