import { describe, expect, it } from 'vitest';
import { readReviewState, readReviewStates } from '../../../src/review/read-state';
import { schedule } from '../../../src/review/schedule';
import { newState, type ReviewState } from '../../../src/review/state';
import { DAY, MINUTE, REFERENCE_ZONE } from './clock';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const learning = schedule('card-a', undefined, 'good', T0, { retention: 0.9 }, REFERENCE_ZONE);
const graduated = schedule('card-a', learning, 'good', T0 + 10 * MINUTE, { retention: 0.9 }, REFERENCE_ZONE);

describe('readReviewState', () => {
  it('reads back what was stored as JSON, unchanged', () => {
    for (const state of [newState(T0), learning, graduated]) {
      expect(readReviewState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    }
  });

  it('leaves unknown fields behind', () => {
    expect(readReviewState({ ...graduated, note: 'x' })).toEqual(graduated);
  });

  const broken: [string, unknown][] = [
    ['not an object', 'review'],
    ['null', null],
    ['an array', [graduated]],
    ['an unknown phase', { ...graduated, phase: 'mastered' }],
    ['a due date that is not a number', { ...graduated, due: '2026-01-05' }],
    ['a due date of NaN (null in JSON)', { ...graduated, due: null }],
    ['a negative due date', { ...graduated, due: -1 }],
    ['a rated item without its last review', { ...graduated, lastReview: undefined }],
    ['a last review that is not a time', { ...graduated, lastReview: 'yesterday' }],
    ['a stability below ts-fsrs’s minimum', { ...graduated, stability: 0 }],
    ['a negative stability', { ...graduated, stability: -1 }],
    ['a difficulty above 10', { ...graduated, difficulty: 11 }],
    ['a difficulty below 1 once rated', { ...graduated, difficulty: 0.5 }],
    ['a new item with a memory state', { ...newState(T0), stability: 0.5, difficulty: 0.5 }],
    ['a fractional review count', { ...graduated, reps: 1.5 }],
    ['a negative lapse count', { ...graduated, lapses: -1 }],
    ['a missing interval', { ...graduated, scheduledDays: undefined }],
    ['a learning step given as text', { ...learning, learningStep: '1' }],
  ];
  it.each(broken)('drops an item with %s', (_, value) => {
    expect(readReviewState(value)).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, 0, true, Symbol('x'), () => 1, new Date(), { phase: { toString: () => 'review' } }]) {
      expect(() => readReviewState(value)).not.toThrow();
    }
  });
});

describe('readReviewStates', () => {
  it('keeps the valid items and drops the malformed ones and the ids breaking the id rule', () => {
    const json = JSON.stringify({ 'card-a': graduated, 'card-b': { ...graduated, difficulty: 42 }, 'Card B': graduated, 'q-one': learning });
    // JSON.parse makes `__proto__` an own key, as a tampered storage value would.
    const stored = JSON.parse(`${json.slice(0, -1)},"__proto__":${JSON.stringify(graduated)}}`);
    expect(Object.keys(stored)).toContain('__proto__');
    expect(readReviewStates(stored)).toEqual({ 'card-a': graduated, 'q-one': learning });
    expect(Object.getPrototypeOf(readReviewStates(stored))).toBe(Object.prototype);
  });

  it('gives an empty map for anything but an object', () => {
    for (const value of [undefined, null, 'x', [graduated], 3]) expect(readReviewStates(value)).toEqual({});
  });

  it('keeps a state scheduled far ahead', () => {
    const far: ReviewState = { ...graduated, due: T0 + 3650 * DAY, scheduledDays: 3650, stability: 5000 };
    expect(readReviewStates({ 'card-a': far })).toEqual({ 'card-a': far });
  });
});

describe('the id rule of review code', () => {
  it('is the id rule of self-checks', async () => {
    const { ID_PATTERN } = await import('../../../src/checks/core/ids');
    const { ITEM_ID } = await import('../../../src/review/id-rule');
    expect(ITEM_ID.source).toBe(ID_PATTERN.source);
    expect(ITEM_ID.flags).toBe(ID_PATTERN.flags);
  });
});
