import { describe, expect, it } from 'vitest';
import { toResult, type AttemptResult } from '../../../src/exam/attempt';
import { emptyExamStore, MAX_RESULTS, mergeExamStores, newerAttempt, parseExamStore, type ExamStore } from '../../../src/exam/attempt-store';
import { openAttempt, START } from './fixtures';

const result = (id: string, submittedAt: number): AttemptResult =>
  toResult(openAttempt({ id, submittedAt }), { right: 1, total: 3, percent: 33, passed: false, sections: [], timeTakenMs: 1, missed: ['q-2', 'q-3'] }, 70);
const store = (over: Partial<ExamStore>): ExamStore => ({ ...emptyExamStore(), ...over });

describe('the stored exam attempts', () => {
  it('read back what was written', () => {
    const written = store({ open: { 'exams/final': openAttempt() }, results: [result('res00002', START + 2), result('res00001', START + 1)] });
    expect(parseExamStore(JSON.stringify(written))).toEqual(written);
  });

  it('drop a value that is not JSON or of another version, and single bad attempts', () => {
    expect(parseExamStore('{')).toBeUndefined();
    expect(parseExamStore(JSON.stringify({ v: 2, open: {}, results: [] }))).toBeUndefined();
    const raw = JSON.stringify({ v: 1, open: { 'exams/final': openAttempt(), 'exams/other': openAttempt(), practice: { id: 1 } }, results: [result('res00001', 1), { id: 'x' }] });
    const read = parseExamStore(raw)!;
    expect(Object.keys(read.open)).toEqual(['exams/final']);
    expect(read.results.map((r) => r.id)).toEqual(['res00001']);
  });

  it('keep the newest finished attempts only', () => {
    const many = Array.from({ length: MAX_RESULTS + 5 }, (_, i) => result(`r${String(i).padStart(7, '0')}`, START + i));
    const read = parseExamStore(JSON.stringify(store({ results: many })))!;
    expect(read.results).toHaveLength(MAX_RESULTS);
    expect(read.results[0]!.id).toBe(`r${String(MAX_RESULTS + 4).padStart(7, '0')}`);
  });
});

describe('merging what two tabs wrote', () => {
  const mine = openAttempt({ answers: { 'q-1': 'mine' }, updatedAt: START + 1000 });
  const theirs = openAttempt({ answers: { 'q-1': 'theirs' }, updatedAt: START + 2000 });

  it('keeps the newer copy of an attempt, and mine on a tie', () => {
    expect(newerAttempt(mine, theirs).answers).toEqual({ 'q-1': 'theirs' });
    expect(newerAttempt(theirs, mine).answers).toEqual({ 'q-1': 'theirs' });
    expect(newerAttempt(mine, { ...theirs, updatedAt: mine.updatedAt })).toBe(mine);
  });

  it('never lets a late write reopen a submitted attempt', () => {
    const submitted = { ...mine, submittedAt: START + 1500 };
    expect(newerAttempt(submitted, theirs)).toBe(submitted);
    expect(newerAttempt(theirs, submitted)).toBe(submitted);
  });

  it('lets a newer attempt of the same exam replace an older one', () => {
    const fresh = openAttempt({ id: 'att00002', updatedAt: START + 5000 });
    expect(newerAttempt({ ...mine, submittedAt: START + 1500 }, fresh)).toBe(fresh);
  });

  it('merges open attempts per exam and finished attempts by id, newest first', () => {
    const practice = openAttempt({ exam: 'practice', id: 'att00009' });
    const merged = mergeExamStores(
      store({ open: { 'exams/final': mine }, results: [result('res00001', START + 1)] }),
      store({ open: { 'exams/final': theirs, practice }, results: [result('res00002', START + 2), result('res00001', START + 1)] }),
    );
    expect(merged.open).toEqual({ 'exams/final': theirs, practice });
    expect(merged.results.map((r) => r.id)).toEqual(['res00002', 'res00001']);
  });
});
