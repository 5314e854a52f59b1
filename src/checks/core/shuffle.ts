/**
 * Shuffling choices, flashcards and the steps of an ordering question. Browser code uses `Math.random`; tests and any
 * reproducible order use `seededRandom`. Dependency-free.
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

/**
 * A deterministic random source: the same seed always gives the same sequence
 * (mulberry32 seeded with an FNV-1a hash of the string). Not for anything secret.
 * @example const random = seededRandom('basics/intro'); random() // same value every run
 */
export function seededRandom(seed: string): RandomSource {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  }
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
