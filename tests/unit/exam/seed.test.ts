import { describe, expect, it } from 'vitest';
import { choiceRandom, sample, streamRandom } from '../../../src/exam/random';
import { isSeed, newSeed } from '../../../src/exam/seed';

describe('seeds', () => {
  it('makes 8 lowercase base36 characters from crypto.getRandomValues', () => {
    const seeds = Array.from({ length: 50 }, () => newSeed());
    for (const seed of seeds) expect(seed).toMatch(/^[0-9a-z]{8}$/);
    expect(new Set(seeds).size).toBe(50);
  });

  it('maps bytes to characters without bias, skipping bytes of 252 and above', () => {
    let calls = 0;
    const fill = (bytes: Uint8Array) => {
      // First call: 0, 35, 36, 251 then skipped high bytes; second call completes the seed.
      bytes.set(calls++ === 0 ? [0, 35, 36, 251, 252, 255, 254, 253, 252, 252, 252, 252, 252, 252, 252, 252] : [71, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      return bytes;
    };
    expect(newSeed(fill)).toBe('0z0zz123');
    expect(calls).toBe(2);
  });

  it('recognises seeds, and nothing else', () => {
    expect(isSeed('k3j9x0ab')).toBe(true);
    for (const bad of ['K3J9X0AB', 'k3j9x0a', 'k3j9x0abc', 'k3j9-0ab', '', 12345678, undefined]) expect(isSeed(bad)).toBe(false);
  });
});

describe('seeded streams', () => {
  it('gives each question its own choice order source, the same on every retake', () => {
    const first = choiceRandom('k3j9x0ab', 'q-1');
    const again = choiceRandom('k3j9x0ab', 'q-1');
    const values = [first(), first(), first()];
    expect([again(), again(), again()]).toEqual(values);
    expect(choiceRandom('k3j9x0ab', 'q-2')()).not.toBe(values[0]);
    expect(choiceRandom('k3j9x0ac', 'q-1')()).not.toBe(values[0]);
  });

  it('keeps the draw, the order and the choices apart', () => {
    const draws = ['draw', 'order', 'choices/q-1'].map((s) => streamRandom('k3j9x0ab', s)());
    expect(new Set(draws).size).toBe(3);
  });

  it('samples k distinct items without touching the input', () => {
    const items = ['a', 'b', 'c', 'd'];
    const picked = sample(items, 3, streamRandom('x', 'draw'));
    expect(new Set(picked).size).toBe(3);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
    expect(sample(items, 9, streamRandom('x', 'draw'))).toHaveLength(4);
    expect(sample(items, 0, streamRandom('x', 'draw'))).toEqual([]);
  });
});
