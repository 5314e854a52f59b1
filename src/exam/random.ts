/**
 * Seeded random streams for exams. One seed (in the test's address) feeds separate streams for
 * the draw, the presentation order and each question's choices, so changing one never shifts
 * another: the same seed and the same pool always give the same test.
 */
// The self-check code's own shuffle and seeded source: exams shuffle exactly like choices and decks do.
import { seededRandom } from '../checks/core/seeded-random';
import { shuffle, type RandomSource } from '../checks/core/shuffle';

export { shuffle, type RandomSource };

/**
 * The random source of one named stream of a seed (`draw`, `order`, `choices/<id>`).
 * @example streamRandom('k3j9x0ab', 'draw')() // same number on every run
 */
export function streamRandom(seed: string, stream: string): RandomSource {
  // `/` cannot occur in a seed (base36), so seed and stream never run together ambiguously.
  return seededRandom(`${seed}/${stream}`);
}

/**
 * The random source for one drawn question's choices (or steps, or pairs), for its kind's own
 * shuffle rules to use: the same seed shows the same choice order on every retake.
 * @example shuffle(choices, choiceRandom(seed, 'replace-not-patch'))
 */
export function choiceRandom(seed: string, questionId: string): RandomSource {
  return streamRandom(seed, `choices/${questionId}`);
}

/**
 * `k` items chosen uniformly without replacement, in the order drawn (a partial Fisher–Yates:
 * every k-subset, and every order of it, is equally likely, up to the 2^-32 resolution of the
 * source). The input is left untouched.
 * @example sample(['a', 'b', 'c', 'd'], 2, streamRandom(seed, 'draw')) // e.g. ['c', 'a']
 */
export function sample<T>(items: readonly T[], k: number, random: RandomSource): T[] {
  const pool = [...items];
  const take = Math.max(0, Math.min(Math.floor(k) || 0, pool.length));
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
