import { describe, expect, it } from 'vitest';
import { mergeReviewState, mergeReviewStates } from '../../../src/review/merge';
import { schedule } from '../../../src/review/schedule';
import { newState } from '../../../src/review/state';
import { MINUTE, REFERENCE_ZONE } from './clock';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const rate = (id: string, at: number, rating: 'again' | 'good', from = schedule(id, undefined, 'good', T0, { retention: 0.9 }, REFERENCE_ZONE)) =>
  schedule(id, from, rating, at, { retention: 0.9 }, REFERENCE_ZONE);

describe('mergeReviewState: the copy with the later last review wins', () => {
  const tabA = rate('card-a', T0 + 10 * MINUTE, 'good');
  const tabB = rate('card-a', T0 + 11 * MINUTE, 'again');

  it('keeps the later review, whichever side it is on', () => {
    expect(mergeReviewState(tabA, tabB)).toBe(tabB);
    expect(mergeReviewState(tabB, tabA)).toBe(tabB);
  });

  it('prefers any rated copy to a never-rated one, and a copy to none', () => {
    expect(mergeReviewState(newState(T0 + 60 * MINUTE), tabA)).toBe(tabA);
    expect(mergeReviewState(undefined, tabA)).toBe(tabA);
    expect(mergeReviewState(tabA, undefined)).toBe(tabA);
    expect(mergeReviewState(undefined, undefined)).toBeUndefined();
  });

  it('on the same last review, keeps the copy with more reviews, else the caller’s own', () => {
    const more = { ...tabA, reps: tabA.reps + 1 };
    expect(mergeReviewState(tabA, more)).toBe(more);
    expect(mergeReviewState(tabA, { ...tabA })).toBe(tabA);
  });
});

describe('mergeReviewStates', () => {
  it('loses no item rated in either tab, and keeps the later of two ratings of one item', () => {
    const mine = { 'card-a': rate('card-a', T0 + 10 * MINUTE, 'good'), 'card-b': rate('card-b', T0 + 12 * MINUTE, 'good') };
    const theirs = { 'card-a': rate('card-a', T0 + 11 * MINUTE, 'again'), 'card-c': rate('card-c', T0 + 11 * MINUTE, 'good') };
    const merged = mergeReviewStates(mine, theirs);
    expect(merged).toEqual({ 'card-a': theirs['card-a'], 'card-b': mine['card-b'], 'card-c': theirs['card-c'] });
    expect(Object.keys(mine)).toEqual(['card-a', 'card-b']); // inputs untouched
  });
});
