/**
 * Seeds of drawn tests: 8 lowercase base36 characters (about 41 bits), short enough for an
 * address people share (`?seed=k3j9x0ab`) and safe in a URL without escaping. Browser-safe.
 */

/** Characters of a seed, in order of value. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Length of a new seed. */
export const SEED_LENGTH = 8;

const SEED_PATTERN = /^[0-9a-z]{8}$/;

/**
 * Whether a value is a seed this module would make (lowercase only, so one test has one address).
 * @example isSeed('k3j9x0ab') // true
 * @example isSeed('K3J9X0AB') // false
 */
export function isSeed(value: unknown): value is string {
  return typeof value === 'string' && SEED_PATTERN.test(value);
}

/** Fills a byte array with random values, like `crypto.getRandomValues`. */
export type FillRandom = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

const cryptoFill: FillRandom = (bytes) => globalThis.crypto.getRandomValues(bytes);

/**
 * A new random seed from `crypto.getRandomValues` (or `fill`, for tests). Bytes of 252 and
 * above are skipped, so each character is uniform over the 36 (252 = 7 × 36).
 * @example newSeed() // e.g. 'k3j9x0ab'
 */
export function newSeed(fill: FillRandom = cryptoFill): string {
  let seed = '';
  while (seed.length < SEED_LENGTH) {
    for (const byte of fill(new Uint8Array(SEED_LENGTH * 2))) {
      if (byte < 252 && seed.length < SEED_LENGTH) seed += ALPHABET[byte % 36];
    }
  }
  return seed;
}
