import { describe, expect, it } from 'vitest';
import { checkExams, checkProgress, checkReview } from '../../../src/learner-data/values';
import { openAttempt } from '../exam/fixtures';
import { finished, KEYS, learnerData } from './fixtures';

const stored = learnerData();
const parsed = (key: string) => JSON.parse(stored.get(key)!);

describe('checking stored values for a merge', () => {
  it('keeps each valid record as it was written', () => {
    for (const [check, key] of [[checkProgress, KEYS.progress], [checkReview, KEYS.review], [checkExams, KEYS.exams]] as const) {
      const checked = check(parsed(key));
      expect(checked, key).not.toBe('newer');
      expect(JSON.stringify((checked as { value: unknown }).value), key).toBe(stored.get(key));
      expect((checked as { dropped: number }).dropped).toBe(0);
    }
  });

  it('leaves out malformed records and ids that break the id rule, and counts them', () => {
    const progress = parsed(KEYS.progress);
    progress.questions['Bad Id'] = progress.questions['q-1'];
    progress.questions['q-3'] = { result: 'maybe', at: 1, attempts: 1 };
    progress.cards['card-b'] = { again: -1, got: 0, last: 'got', at: 1 };
    const checked = checkProgress(progress);
    expect(checked).toMatchObject({ dropped: 3 });
    expect(Object.keys((checked as { value: { questions: object } }).value.questions)).toEqual(['q-1', 'q-2']);
  });

  it('says when a later version wrote a value, and refuses what is not such a value', () => {
    expect(checkProgress({ v: 3, questions: {}, cards: {} })).toBe('newer');
    expect(checkReview({ v: 2, states: {} })).toBe('newer');
    expect(checkExams({ v: 2, open: {}, results: [] })).toBe('newer');
    for (const bad of [null, [], 'x', { v: 0 }, { v: 2, questions: [] }, { questions: {} }]) expect(checkProgress(bad)).toBeUndefined();
    expect(checkReview({ v: 1, states: 5 })).toBeUndefined();
    expect(checkExams({ v: 1, open: {}, results: {} })).toBeUndefined();
  });

  it('migrates progress of an earlier version', () => {
    const v1 = { v: 1, questions: { 'q-1': { result: 'right', at: 5 } }, cards: {} };
    expect(checkProgress(v1)).toEqual({ value: { v: 2, questions: { 'q-1': { result: 'right', at: 5, attempts: 1 } }, cards: {} }, dropped: 0 });
  });

  it('keeps an open attempt only under its own exam, and each finished attempt once', () => {
    const checked = checkExams({ v: 1, open: { 'exams/final': openAttempt(), 'exams/other': openAttempt() }, results: [finished('res00001', 1), finished('res00001', 1), { id: 'x' }] });
    expect(checked).toMatchObject({ dropped: 2 });
    const value = (checked as { value: { open: object; results: unknown[] } }).value;
    expect(Object.keys(value.open)).toEqual(['exams/final']);
    expect(value.results).toHaveLength(1);
  });
});
