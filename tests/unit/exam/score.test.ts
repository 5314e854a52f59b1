import { describe, expect, it } from 'vitest';
import { percentOf, scoreAttempt, type Outcome, type ScoredQuestion } from '../../../src/exam/score';

const START = Date.UTC(2025, 0, 6, 9, 0, 0);
const q = (id: string, section: string): ScoredQuestion => ({ id, section, lesson: `${section}/lesson` });
// Presentation order mixes sections; guide order is foundations, releasing, ops.
const QUESTIONS = [q('r1', 'releasing'), q('f1', 'foundations'), q('o1', 'ops'), q('r2', 'releasing'), q('f2', 'foundations'), q('x1', 'extra')];
const OUTCOMES: Record<string, Outcome> = { r1: 'right', f1: 'wrong', o1: 'right', r2: 'unanswered', f2: 'right' };
const base = { questions: QUESTIONS, outcomes: OUTCOMES, passMark: 50, startedAt: START, submittedAt: START + 754_000, sectionOrder: ['foundations', 'releasing', 'ops'] };

describe('scoring an attempt', () => {
  it('counts right answers, missing outcomes as unanswered, and lists the missed in presentation order', () => {
    const score = scoreAttempt(base);
    expect(score).toMatchObject({ right: 3, total: 6, percent: 50, passed: true, timeTakenMs: 754_000 });
    expect(score.missed).toEqual(['f1', 'r2', 'x1']);
  });

  it('scores each section, in guide order, with unlisted sections last', () => {
    expect(scoreAttempt(base).sections).toEqual([
      { section: 'foundations', right: 1, total: 2, percent: 50 },
      { section: 'releasing', right: 1, total: 2, percent: 50 },
      { section: 'ops', right: 1, total: 1, percent: 100 },
      { section: 'extra', right: 0, total: 1, percent: 0 },
    ]);
  });

  it('passes on the exact score, at the mark and not a hair below it', () => {
    const of = (right: number, total: number, passMark = 70) => {
      const questions = Array.from({ length: total }, (_, i) => q(`q${i}`, 's'));
      const outcomes = Object.fromEntries(questions.slice(0, right).map((x) => [x.id, 'right' as const]));
      const { percent, passed } = scoreAttempt({ ...base, questions, outcomes, passMark });
      return { percent, passed };
    };
    expect(of(21, 30)).toEqual({ percent: 70, passed: true });
    expect(of(20, 29)).toEqual({ percent: 68, passed: false });
    expect(of(139, 199)).toEqual({ percent: 69, passed: false }); // 69.85%: never shown as 70
    expect(of(0, 5, 0)).toEqual({ percent: 0, passed: true });
    expect(of(0, 0, 0)).toEqual({ percent: 0, passed: false });
  });

  it('rounds percents down', () => {
    expect([percentOf(2, 3), percentOf(1, 3), percentOf(29, 100), percentOf(5, 5), percentOf(1, 0)]).toEqual([66, 33, 29, 100, 0]);
  });

  it('never counts more time than the limit, nor less than none', () => {
    expect(scoreAttempt({ ...base, timeLimit: 10, submittedAt: START + 3_600_000 }).timeTakenMs).toBe(600_000);
    expect(scoreAttempt({ ...base, timeLimit: 10, submittedAt: START + 599_000 }).timeTakenMs).toBe(599_000);
    expect(scoreAttempt({ ...base, submittedAt: START - 5 }).timeTakenMs).toBe(0);
  });

  it('ignores inherited values for ids such as `constructor`', () => {
    const score = scoreAttempt({ ...base, questions: [q('constructor', 's')], outcomes: {} });
    expect(score).toMatchObject({ right: 0, missed: ['constructor'] });
  });
});
