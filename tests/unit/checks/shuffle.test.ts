import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle, shuffleOutOfOrder } from '../../../src/checks/core/shuffle';

const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('shuffle', () => {
  it('returns a permutation of the items', () => {
    const result = shuffle(items, seededRandom('x'));
    expect(result).toHaveLength(items.length);
    expect([...result].sort()).toEqual(items);
  });

  it('does not mutate its input', () => {
    const input = [...items];
    shuffle(input, seededRandom('x'));
    expect(input).toEqual(items);
  });

  it('is deterministic with a seeded source and differs between seeds', () => {
    expect(shuffle(items, seededRandom('basics/intro'))).toEqual(shuffle(items, seededRandom('basics/intro')));
    expect(shuffle(items, seededRandom('basics/intro'))).not.toEqual(shuffle(items, seededRandom('basics/other')));
  });

  it('actually reorders: some seed moves the first item', () => {
    const firsts = new Set(['1', '2', '3', '4', '5', '6'].map((s) => shuffle(items, seededRandom(s))[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('uses Math.random by default and handles empty and single lists', () => {
    expect(shuffle([])).toEqual([]);
    expect(shuffle(['only'])).toEqual(['only']);
    expect([...shuffle(items)].sort()).toEqual(items);
  });

  it('gives every order of three items with roughly equal frequency', () => {
    const random = seededRandom('uniform');
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffle([1, 2, 3], random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
  });
});

describe('seededRandom', () => {
  it('yields numbers in [0, 1)', () => {
    const random = seededRandom('range');
    for (let i = 0; i < 1000; i++) {
      const n = random();
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
    }
  });
});

describe('shuffleOutOfOrder', () => {
  it('never returns the right order, for any length from two up', () => {
    for (let length = 2; length <= 7; length++) {
      const inOrder = Array.from({ length }, (_, n) => n);
      for (let seed = 0; seed < 400; seed++) {
        const result = shuffleOutOfOrder(inOrder, seededRandom(`${length}-${seed}`));
        expect(result, `length ${length}, seed ${seed}`).not.toEqual(inOrder);
        expect([...result].sort((a, b) => a - b)).toEqual(inOrder);
      }
    }
  });

  it('holds even when the random source always says the same', () => {
    expect(shuffleOutOfOrder(['a', 'b'], () => 0.999)).toEqual(['b', 'a']);
    expect(shuffleOutOfOrder(['a', 'b', 'c'], () => 0.999)).not.toEqual(['a', 'b', 'c']);
  });

  it('gives every other order of three items with roughly equal frequency', () => {
    const random = seededRandom('out-of-order');
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const key = shuffleOutOfOrder([1, 2, 3], random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['132', '213', '231', '312', '321']);
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
  });

  it('leaves empty and single lists as they are, and the input untouched', () => {
    expect(shuffleOutOfOrder([])).toEqual([]);
    expect(shuffleOutOfOrder(['only'])).toEqual(['only']);
    const input = ['a', 'b', 'c'];
    shuffleOutOfOrder(input, seededRandom('x'));
    expect(input).toEqual(['a', 'b', 'c']);
  });
});
