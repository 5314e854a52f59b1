import { describe, expect, it } from 'vitest';
import { drawQuestions, type LastResult } from '../../../src/exam/draw';
import { sample, streamRandom, type RandomSource } from '../../../src/exam/random';
import { CHI_SQUARE_0_001, chiSquare, seedOf, tally } from './stats';

const pool = (...ids: string[]) => ids.map((id) => ({ id }));
const POOL = pool('a', 'b', 'c', 'd', 'e', 'f');
const sorted = (ids: string[]) => [...ids].sort().join('');

describe('the seeded draw', () => {
  it('gives the same test for the same seed and pool, locked so shared addresses keep their meaning', () => {
    const request = { pool: POOL, count: 3, seed: 'k3j9x0ab' };
    expect(drawQuestions(request)).toEqual(drawQuestions({ ...request, pool: pool('a', 'b', 'c', 'd', 'e', 'f') }));
    expect(drawQuestions(request)).toEqual(['d', 'c', 'e']);
    expect(drawQuestions({ ...request, seed: 'k3j9x0ac' })).not.toEqual(drawQuestions(request));
  });

  it('always includes the page’s own questions, counted in the total, mixed into the order', () => {
    const draws = Array.from({ length: 200 }, (_, i) => drawQuestions({ pool: POOL, include: ['own-1', 'own-2'], count: 4, seed: seedOf(i) }));
    for (const draw of draws) {
      expect(draw).toHaveLength(4);
      expect(draw).toEqual(expect.arrayContaining(['own-1', 'own-2']));
    }
    expect(new Set(draws.map((d) => d.indexOf('own-1'))).size).toBe(4);
  });

  it('never draws an id twice, and clamps the count to what there is', () => {
    const draw = drawQuestions({ pool: pool('a', 'b', 'a', 'c'), include: ['c'], count: 10, seed: seedOf(1) });
    expect(sorted(draw)).toBe('abc');
    expect(drawQuestions({ pool: POOL, count: -2, seed: seedOf(1) })).toEqual([]);
    expect(drawQuestions({ pool: POOL, count: Number.NaN, seed: seedOf(1) })).toEqual([]);
    expect(drawQuestions({ pool: POOL, include: ['x', 'y'], count: 1, seed: seedOf(1) }).sort()).toEqual(['x', 'y']);
  });

  it('retries the missed questions: exactly those, in a seeded order', () => {
    const missed = ['c', 'f', 'a'];
    const retry = drawQuestions({ pool: [], include: missed, count: missed.length, seed: 'retry001' });
    expect(sorted(retry)).toBe('acf');
    expect(retry).toEqual(drawQuestions({ pool: [], include: missed, count: 3, seed: 'retry001' }));
  });

  it('draws every 3 of 6 questions equally often (chi-square over 20,000 seeds)', () => {
    const counts = tally(20_000, (i) => sorted(drawQuestions({ pool: POOL, count: 3, seed: seedOf(i) })));
    expect(counts.size).toBe(20);
    expect(chiSquare(counts, 20)).toBeLessThan(CHI_SQUARE_0_001[19]!);
  });

  it('presents every order of a full draw equally often (chi-square over 24,000 seeds)', () => {
    const counts = tally(24_000, (i) => drawQuestions({ pool: pool('a', 'b', 'c', 'd'), count: 4, seed: seedOf(i) }).join(''));
    expect(chiSquare(counts, 24)).toBeLessThan(CHI_SQUARE_0_001[23]!);
  });

  it('has a test that catches a biased sampler (the classic swap-with-any-position shuffle)', () => {
    const naive = (items: string[], k: number, random: RandomSource) => {
      const a = [...items];
      for (let i = 0; i < a.length; i++) {
        const j = Math.floor(random() * a.length);
        [a[i], a[j]] = [a[j]!, a[i]!];
      }
      return a.slice(0, k);
    };
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const run = (draw: typeof naive) => tally(20_000, (i) => sorted(draw(ids, 3, streamRandom(seedOf(i), 'draw'))));
    expect(chiSquare(run(naive), 20)).toBeGreaterThan(CHI_SQUARE_0_001[19]!);
    expect(chiSquare(run(sample), 20)).toBeLessThan(CHI_SQUARE_0_001[19]!);
  });
});

describe('focus on my weak spots', () => {
  const history: Record<string, LastResult> = { a: 'right', b: 'wrong', c: 'right', d: 'wrong', e: 'wrong' };
  const weak = (count: number, seed: string) => sorted(drawQuestions({ pool: POOL, count, seed, history, weakSpots: true }));

  it('takes every wrong question first, then never-seen ones, then right ones', () => {
    for (let i = 0; i < 100; i++) {
      expect(weak(3, seedOf(i))).toBe('bde');
      expect(weak(4, seedOf(i))).toBe('bdef');
      expect(['abdef', 'bcdef']).toContain(weak(5, seedOf(i)));
    }
  });

  it('samples the tier that overflows uniformly', () => {
    const counts = tally(9_000, (i) => weak(2, seedOf(i)));
    expect([...counts.keys()].sort()).toEqual(['bd', 'be', 'de']);
    expect(chiSquare(counts, 3)).toBeLessThan(CHI_SQUARE_0_001[3]!);
  });

  it('ignores the history without the option, and treats odd ids and values as never seen', () => {
    const counts = tally(2_000, (i) => drawQuestions({ pool: POOL, count: 1, seed: seedOf(i), history }).join(''));
    expect(counts.size).toBe(6);
    const odd = { constructor: 'maybe' } as unknown as Record<string, LastResult>;
    const draw = drawQuestions({ pool: pool('constructor', 'x'), count: 1, seed: 's', history: { ...odd, x: 'right' }, weakSpots: true });
    expect(draw).toEqual(['constructor']);
  });
});
