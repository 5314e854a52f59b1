import { describe, expect, it } from 'vitest';
import { toResult } from '../../../src/exam/attempt';
import { emptyExamStore, mergeExamStores, parseExamStore } from '../../../src/exam/attempt-store';
import { createExamStorage } from '../../../src/exam/exam-storage';
import { openAttempt, START } from './fixtures';

const KEY = 'mnemo:exams:/guide/';

/** An in-memory `localStorage`, optionally refusing writes. */
function memory(initial: Record<string, string> = {}, full = false) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new Error('QuotaExceededError');
      items.set(k, v);
    },
  };
}

describe('saving exam attempts', () => {
  it('saves a change and reads it back', () => {
    const area = memory();
    const storage = createExamStorage(area, KEY);
    storage.update((store) => ({ ...store, open: { 'exams/final': openAttempt() }, layout: 'all' }));
    expect(storage.read()).toEqual({ ...emptyExamStore(), open: { 'exams/final': openAttempt() }, layout: 'all' });
  });

  it('starts each change from what another tab stored meanwhile, keeping its attempts', () => {
    const area = memory();
    const here = createExamStorage(area, KEY);
    const there = createExamStorage(area, KEY);
    here.update((store) => ({ ...store, open: { practice: openAttempt({ exam: 'practice', id: 'pract001' }) } }));
    there.update((store) => ({ ...store, open: { ...store.open, 'exams/final': openAttempt() } }));
    expect(Object.keys(here.read().open).sort()).toEqual(['exams/final', 'practice']);
  });

  it('never reopens an attempt another tab submitted, even when a late change writes it unsubmitted', () => {
    const submitted = openAttempt({ submittedAt: START + 5000, updatedAt: START + 5000 });
    const area = memory({ [KEY]: JSON.stringify({ ...emptyExamStore(), open: { 'exams/final': submitted } }) });
    const late = openAttempt({ answers: { 'q-1': 'late' }, updatedAt: START + 9000 });
    const stored = createExamStorage(area, KEY).update((store) => ({ ...store, open: { 'exams/final': late } }));
    expect(stored.open['exams/final']!.submittedAt).toBe(START + 5000);
  });

  it('keeps an unreadable value aside before writing over it', () => {
    const area = memory({ [KEY]: '{not json' });
    const storage = createExamStorage(area, KEY);
    expect(storage.read()).toEqual(emptyExamStore());
    storage.update((store) => ({ ...store, layout: 'one' }));
    expect(area.items.get(`${KEY}:damaged`)).toBe('{not json');
    expect(parseExamStore(area.items.get(KEY)!)?.layout).toBe('one');
  });

  it('never writes over a newer version’s value, and says so', () => {
    const newer = JSON.stringify({ v: 2, open: {}, results: [], future: true });
    const area = memory({ [KEY]: newer });
    const failures: unknown[] = [];
    createExamStorage(area, KEY, (error) => failures.push(error)).update((store) => ({ ...store, layout: 'all' }));
    expect(area.items.get(KEY)).toBe(newer);
    expect(failures).toHaveLength(1);
  });

  it('reports a failed save and still returns the change', () => {
    const failures: unknown[] = [];
    const stored = createExamStorage(memory({}, true), KEY, (error) => failures.push(error)).update((store) => ({ ...store, layout: 'all' }));
    expect(stored.layout).toBe('all');
    expect(failures).toHaveLength(1);
  });

  it('works without any storage', () => {
    const storage = createExamStorage(null, KEY, () => {});
    expect(storage.update((store) => ({ ...store, layout: 'all' })).layout).toBe('all');
    expect(storage.read()).toEqual(emptyExamStore());
  });
});

describe('the remembered layout', () => {
  it('is read back, and an unknown one dropped', () => {
    expect(parseExamStore(JSON.stringify({ ...emptyExamStore(), layout: 'all' }))?.layout).toBe('all');
    expect(parseExamStore(JSON.stringify({ ...emptyExamStore(), layout: 'grid' }))?.layout).toBeUndefined();
  });

  it('is this tab’s choice in a merge, else the other’s', () => {
    expect(mergeExamStores({ ...emptyExamStore(), layout: 'one' }, { ...emptyExamStore(), layout: 'all' }).layout).toBe('one');
    expect(mergeExamStores(emptyExamStore(), { ...emptyExamStore(), layout: 'all' }).layout).toBe('all');
    expect(mergeExamStores(emptyExamStore(), emptyExamStore())).not.toHaveProperty('layout');
  });

  it('does not disturb finished attempts', () => {
    const result = toResult(openAttempt({ submittedAt: START + 1 }), { right: 0, total: 3, percent: 0, passed: false, sections: [], timeTakenMs: 1, missed: ['q-1', 'q-2', 'q-3'] }, 70);
    const merged = mergeExamStores({ ...emptyExamStore(), layout: 'all' }, { ...emptyExamStore(), results: [result] });
    expect(merged.results).toEqual([result]);
  });
});
