import { describe, expect, it } from 'vitest';
import { studyDay } from '../../../src/review/day';
import { ratingForLessonCard, ratingForQuestion } from '../../../src/review/ratings';
import { schedule } from '../../../src/review/schedule';
import { answerOutsideReview, rateItem, type ReviewData } from '../../../src/review/session';
import { MINUTE, REFERENCE_ZONE } from './clock';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const SETTINGS = { retention: 0.9 };
const TODAY = studyDay(T0, REFERENCE_ZONE);

describe('ratings from results', () => {
  it.each([
    [{ result: 'wrong', hinted: false }, 'again'],
    [{ result: 'wrong', hinted: true }, 'again'],
    [{ result: 'revealed', hinted: false }, 'again'],
    [{ result: 'right', hinted: true }, 'hard'],
    [{ result: 'right', hinted: false }, 'good'],
  ] as const)('rates a question answered %o as %s', (outcome, rating) => {
    expect(ratingForQuestion(outcome)).toBe(rating);
  });

  it('maps the lesson page’s “Again” and “Got it” to Again and Good', () => {
    expect(ratingForLessonCard('again')).toBe('again');
    expect(ratingForLessonCard('got')).toBe('good');
  });
});

describe('rateItem', () => {
  it('schedules the item and logs a new card as introduced today, once', () => {
    const first = rateItem({ states: {} }, 'card-a', 'good', T0, SETTINGS, REFERENCE_ZONE);
    expect(first.states['card-a']).toEqual(schedule('card-a', undefined, 'good', T0, SETTINGS, REFERENCE_ZONE));
    expect(first.newCards).toEqual({ day: TODAY, ids: ['card-a'] });
    const second = rateItem(first, 'card-a', 'good', T0 + 10 * MINUTE, SETTINGS, REFERENCE_ZONE);
    expect(second.newCards).toBe(first.newCards);
    expect(second.states['card-a']!.phase).toBe('review');
  });

  it('counts a lesson page’s first rating of a card against the daily limit too', () => {
    const data = rateItem({ states: {} }, 'card-b', ratingForLessonCard('got'), T0, SETTINGS, REFERENCE_ZONE);
    expect(data.newCards?.ids).toEqual(['card-b']);
  });

  it('keeps what else the data holds when a new card is introduced', () => {
    expect(rateItem({ states: {}, missing: ['gone'] }, 'card-a', 'good', T0, SETTINGS, REFERENCE_ZONE).missing).toEqual(['gone']);
  });

  it('leaves the data it was given unchanged', () => {
    const data: ReviewData = { states: {} };
    rateItem(data, 'card-a', 'again', T0, SETTINGS, REFERENCE_ZONE);
    expect(data).toEqual({ states: {} });
  });
});

describe('answerOutsideReview', () => {
  it('makes a question got wrong anywhere a review item, rated Again, back within minutes', () => {
    const data = answerOutsideReview({ states: {} }, 'q-one', { result: 'wrong', hinted: false }, T0, SETTINGS, REFERENCE_ZONE);
    expect(data.states['q-one']).toEqual(schedule('q-one', undefined, 'again', T0, SETTINGS, REFERENCE_ZONE));
    expect(data.states['q-one']).toMatchObject({ phase: 'learning', due: T0 + MINUTE });
    expect(data.newCards).toBeUndefined(); // questions do not use up the new-card allowance
  });

  it('does the same for a revealed answer', () => {
    expect(answerOutsideReview({ states: {} }, 'q-one', { result: 'revealed', hinted: false }, T0, SETTINGS, REFERENCE_ZONE).states['q-one']).toBeDefined();
  });

  it('leaves a right answer, and a question already in review, alone', () => {
    const none: ReviewData = { states: {} };
    expect(answerOutsideReview(none, 'q-one', { result: 'right', hinted: false }, T0, SETTINGS, REFERENCE_ZONE)).toBe(none);
    const inReview = answerOutsideReview(none, 'q-one', { result: 'wrong', hinted: false }, T0, SETTINGS, REFERENCE_ZONE);
    expect(answerOutsideReview(inReview, 'q-one', { result: 'wrong', hinted: false }, T0 + 5 * MINUTE, SETTINGS, REFERENCE_ZONE)).toBe(inReview);
  });

  it('rates a question in review by its result: right after a hint is Hard', () => {
    const entered = answerOutsideReview({ states: {} }, 'q-one', { result: 'wrong', hinted: false }, T0, SETTINGS, REFERENCE_ZONE);
    const at = T0 + 2 * MINUTE;
    const rated = rateItem(entered, 'q-one', ratingForQuestion({ result: 'right', hinted: true }), at, SETTINGS, REFERENCE_ZONE);
    expect(rated.states['q-one']).toEqual(schedule('q-one', entered.states['q-one'], 'hard', at, SETTINGS, REFERENCE_ZONE));
    expect(rated.newCards).toBeUndefined();
  });
});
