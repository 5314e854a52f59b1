import { describe, expect, it } from 'vitest';
import { attemptRows } from '../../../src/dashboard/history';
import { guideIds, summarise, tallyOf } from '../../../src/dashboard/summary';
import { finished } from '../learner-data/fixtures';
import { INDEX } from './fixtures';

const at = 1;
const results = {
  questions: {
    'f-1': { result: 'right', at, attempts: 1 },
    'f-2': { result: 'wrong', at, attempts: 2 },
    'r-1': { result: 'revealed', at, attempts: 1 },
    'gone-1': { result: 'right', at, attempts: 1 },
  },
  cards: { 'c-1': { again: 0, got: 1, last: 'got', at }, 'c-2': { again: 1, got: 0, last: 'again', at }, 'gone-2': { again: 0, got: 1, last: 'got', at } },
};

describe('the dashboard summary', () => {
  it('counts answered and right questions, and cards rated and known', () => {
    expect(tallyOf(results, ['f-1', 'f-2', 'f-3'], ['c-1', 'c-2'])).toEqual({ questions: 3, answered: 2, right: 1, cards: 2, rated: 2, known: 1 });
  });

  it('gives the guide, each section and each lesson with self-checks, in guide order', () => {
    const summary = summarise(INDEX, results);
    expect(summary.tally).toEqual({ questions: 8, answered: 3, right: 1, cards: 2, rated: 2, known: 1 });
    expect(summary.sections.map((s) => [s.slug, s.title, s.lessons.map((l) => l.slug)])).toEqual([
      ['', '', ['welcome']],
      ['foundations', 'Foundations', ['foundations/images', 'foundations/config']],
      ['releasing', 'Releasing', ['releasing/canary']],
      // A section the index does not list gets no title here; the page shows a fallback.
      ['exams', '', ['exams/final']],
    ]);
    expect(summary.sections[1]).toMatchObject({ tally: { questions: 3, answered: 2, right: 1, known: 1 }, ids: ['f-1', 'f-2', 'c-1', 'f-3'] });
  });

  it('counts, but never shows, saved results of self-checks the guide no longer has', () => {
    const summary = summarise(INDEX, results, ['c-1', 'gone-2', 'gone-3']);
    expect(summary.orphans).toBe(3);
    expect(JSON.stringify(summary.sections)).not.toContain('gone');
    expect(guideIds(INDEX).has('gone-1')).toBe(false);
  });

  it('does not take an inherited property for a saved result', () => {
    expect(tallyOf({ questions: {}, cards: {} }, ['constructor', 'tostring'], ['__proto__'])).toMatchObject({ answered: 0, rated: 0 });
  });
});

describe('past attempts', () => {
  it('are listed oldest first, named after their exam page or the practice test', () => {
    const rows = attemptRows([finished('res00002', 20, 'practice'), finished('res00001', 10), finished('res00003', 30, 'exams/gone')], INDEX, 'Practice test');
    expect(rows.map((r) => [r.title, r.link, r.percent, r.passed])).toEqual([
      ['Final exam', 'exams/final', 66, false],
      ['Practice test', 'practice', 66, false],
      ['exams/gone', 'exams/gone', 66, false],
    ]);
  });
});
