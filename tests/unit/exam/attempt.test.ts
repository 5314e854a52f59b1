import { describe, expect, it } from 'vitest';
import { isJson, readAttemptResult, readOpenAttempt, toResult, type OpenAttempt } from '../../../src/exam/attempt';
import { scoreAttempt } from '../../../src/exam/score';
import { openAttempt, START } from './fixtures';

const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('open attempts', () => {
  it('survive a trip through storage unchanged: questions, answers, flags, start and limit', () => {
    expect(readOpenAttempt(roundTrip(openAttempt()))).toEqual(openAttempt());
    const untimed = openAttempt({ exam: 'practice', submittedAt: START + 5 });
    delete untimed.timeLimit;
    expect(readOpenAttempt(roundTrip(untimed))).toEqual(untimed);
  });

  it('keep only answers and flags of drawn questions, and JSON answers', () => {
    const read = readOpenAttempt({ ...openAttempt(), answers: { 'q-1': 1, 'q-9': 2, 'q-2': { at: new Date() }, 'q-3': Number.NaN }, flags: ['q-2', 'q-9', 'q-2', 7] });
    expect(read?.answers).toEqual({ 'q-1': 1 });
    expect(read?.flags).toEqual(['q-2']);
  });

  it('fall back to one question per screen for an unknown layout', () => {
    expect(readOpenAttempt({ ...openAttempt(), layout: 'grid' })?.layout).toBe('one');
  });

  it('are dropped when their identity, questions or times are unusable', () => {
    const bad: Partial<Record<keyof OpenAttempt, unknown>>[] = [
      { id: 'x' }, { exam: '../x' }, { exam: '__proto__' }, { seed: 'K3J9X0AB' }, { drawn: [] }, { drawn: ['q-1', 'q-1'] },
      { drawn: ['Q 1'] }, { startedAt: -1 }, { updatedAt: 'now' }, { timeLimit: 0 }, { timeLimit: '40' }, { submittedAt: Number.NaN },
    ];
    for (const over of bad) expect(readOpenAttempt({ ...openAttempt(), ...over }), JSON.stringify(over)).toBeUndefined();
    for (const junk of [null, 'x', [], 3]) expect(readOpenAttempt(junk)).toBeUndefined();
  });
});

describe('JSON responses', () => {
  it('accepts what JSON keeps and rejects what it would change', () => {
    for (const ok of [null, true, 0, 'x', [1, 'a'], { a: { b: [null] } }, Object.create(null)]) expect(isJson(ok)).toBe(true);
    for (const bad of [undefined, Number.NaN, Infinity, () => 1, new Date(), new Map(), [undefined], { a: 1n }]) expect(isJson(bad)).toBe(false);
    const deep = JSON.parse('['.repeat(9) + ']'.repeat(9)) as unknown;
    expect(isJson(deep)).toBe(false);
  });
});

describe('finished attempts', () => {
  const questions = ['q-1', 'q-2', 'q-3'].map((id, i) => ({ id, section: i ? 'releasing' : 'foundations', lesson: 'l' }));
  const score = scoreAttempt({
    questions, outcomes: { 'q-1': 'right', 'q-2': 'wrong' }, passMark: 70, startedAt: START, submittedAt: START + 90_000,
    timeLimit: 40, sectionOrder: ['foundations', 'releasing'],
  });
  const result = toResult(openAttempt({ submittedAt: START + 90_000 }), score, 70);

  it('are built from the submitted attempt and its score, and read back unchanged', () => {
    expect(result).toMatchObject({ id: 'att00001', exam: 'exams/final', right: 1, total: 3, percent: 33, passed: false, missed: ['q-2', 'q-3'], timeTakenMs: 90_000, submittedAt: START + 90_000 });
    expect(readAttemptResult(roundTrip(result))).toEqual(result);
  });

  it('are dropped whole when any part is malformed or inconsistent', () => {
    const bad: Record<string, unknown>[] = [
      { total: 4 }, { right: 2 }, { missed: ['q-9'] }, { percent: 101 }, { passed: 'no' }, { passMark: -1 },
      { sections: [{ section: 'x', right: 2, total: 1, percent: 50 }] }, { sections: 'x' }, { submittedAt: undefined }, { timeTakenMs: -5 },
    ];
    for (const over of bad) expect(readAttemptResult({ ...result, ...over }), JSON.stringify(over)).toBeUndefined();
  });
});
