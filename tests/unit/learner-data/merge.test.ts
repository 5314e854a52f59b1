import { describe, expect, it } from 'vitest';
import { mergeLearnerData } from '../../../src/learner-data/merge';
import { checkExams, checkProgress, checkReview, type LearnerValues } from '../../../src/learner-data/values';
import { openAttempt } from '../exam/fixtures';
import { finished, KEYS, learnerData } from './fixtures';

const valuesOf = (data: Map<string, string>): LearnerValues => {
  const value = <T>(checked: unknown) => (checked as { value: T }).value;
  return {
    progress: value(checkProgress(JSON.parse(data.get(KEYS.progress)!))),
    review: value(checkReview(JSON.parse(data.get(KEYS.review)!))),
    exams: value(checkExams(JSON.parse(data.get(KEYS.exams)!))),
  };
};
const mine = valuesOf(learnerData());

describe('merging a progress file', () => {
  it('into nothing gives the file exactly', () => {
    const merged = mergeLearnerData({}, mine);
    expect(JSON.stringify(merged.values)).toBe(JSON.stringify(mine));
    // Every question, card, review item, open attempt and finished attempt came from the file.
    expect(merged).toMatchObject({ taken: 2 + 1 + 2 + 1 + 2, kept: 0 });
  });

  it('with itself changes nothing', () => {
    const merged = mergeLearnerData(mine, structuredClone(mine));
    expect(JSON.stringify(merged.values)).toBe(JSON.stringify(mine));
    expect(merged).toMatchObject({ taken: 0, kept: 0 });
  });

  it('takes the newer result of each question and card, and keeps the newer one here', () => {
    const theirs = structuredClone(mine);
    theirs.progress!.questions['q-1'] = { result: 'wrong', at: mine.progress!.questions['q-1']!.at + 1, attempts: 2 };
    theirs.progress!.questions['q-2'] = { result: 'right', at: mine.progress!.questions['q-2']!.at - 1, attempts: 9 };
    theirs.progress!.questions['q-9'] = { result: 'right', at: 1, attempts: 1 };
    const merged = mergeLearnerData(mine, { progress: theirs.progress });
    expect(merged.values.progress!.questions).toEqual({
      'q-1': { result: 'wrong', at: mine.progress!.questions['q-1']!.at + 1, attempts: 2 },
      'q-2': mine.progress!.questions['q-2'],
      'q-9': { result: 'right', at: 1, attempts: 1 },
    });
    expect(merged).toMatchObject({ taken: 2, kept: 1 });
    // The parts the file does not have stay as they are.
    expect(merged.values.review).toBe(mine.review);
    expect(merged.values.exams).toBe(mine.exams);
  });

  it('on a tie keeps what this browser has', () => {
    const theirs = structuredClone(mine.progress!);
    theirs.cards['card-a'] = { ...theirs.cards['card-a']!, got: 40 };
    const merged = mergeLearnerData(mine, { progress: theirs });
    expect(merged.values.progress!.cards['card-a']).toBe(mine.progress!.cards['card-a']);
    expect(merged).toMatchObject({ taken: 0, kept: 1 });
  });

  it('keeps the review state reviewed last, and joins the day’s new cards', () => {
    const theirs = structuredClone(mine.review!);
    const later = { ...theirs.states['card-a']!, lastReview: theirs.states['card-a']!.lastReview! + 60_000, reps: 2 };
    theirs.states['card-a'] = later;
    theirs.newCards = { day: mine.review!.newCards!.day, ids: ['card-z'] };
    const merged = mergeLearnerData(mine, { review: theirs });
    expect(merged.values.review!.states['card-a']).toEqual(later);
    expect(merged.values.review!.states['q-2']).toBe(mine.review!.states['q-2']);
    expect(merged.values.review!.newCards!.ids).toEqual(['card-a', 'q-2', 'card-z']);
  });

  it('keeps every finished attempt of both, and the newer copy of an open one', () => {
    const open = openAttempt({ updatedAt: mine.exams!.open['exams/final']!.updatedAt + 1, answers: { 'q-1': 'later' } });
    const theirs = { v: 1 as const, open: { 'exams/final': open }, results: [finished('res00003', 10), finished('res00001', 1)] };
    const merged = mergeLearnerData(mine, { exams: theirs });
    expect(merged.values.exams!.open['exams/final']).toBe(open);
    expect(merged.values.exams!.results.map((r) => r.id).sort()).toEqual(['res00001', 'res00002', 'res00003']);
    expect(merged).toMatchObject({ taken: 2, kept: 0 });
  });
});
