/**
 * A reproducible source of random numbers for shuffles that must come out the same every time
 * (tests, an exam's seeded draw). Dependency-free.
 */
import type { RandomSource } from './shuffle';

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
