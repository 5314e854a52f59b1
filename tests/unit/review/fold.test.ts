import { describe, expect, it } from 'vitest';
import { studyDay } from '../../../src/review/day';
import { foldProgress } from '../../../src/review/fold';
import { schedule } from '../../../src/review/schedule';
import { rateItem } from '../../../src/review/session';
import { readProgressRecords, unfolded, type ProgressRecords } from '../../../src/review/unfolded';
import { DAY, MINUTE, REFERENCE_ZONE } from './clock';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const SETTINGS = { retention: 0.9 };
const progress = (p: Partial<ProgressRecords>): ProgressRecords => ({ questions: {}, cards: {}, ...p });

describe('unfolded: what lesson pages recorded that the schedule lacks', () => {
  it('lists questions left wrong or revealed, and cards rated, oldest first', () => {
    const found = unfolded(
      progress({
        questions: { 'q-wrong': { result: 'wrong', at: T0 + 2, hinted: true }, 'q-shown': { result: 'revealed', at: T0 }, 'q-right': { result: 'right', at: T0 } },
        cards: { 'card-a': { last: 'got', at: T0 + 1 } },
      }),
      {},
    );
    expect(found).toEqual([
      { id: 'q-shown', at: T0, question: { result: 'revealed', hinted: false } },
      { id: 'card-a', at: T0 + 1, card: 'got' },
      { id: 'q-wrong', at: T0 + 2, question: { result: 'wrong', hinted: true } },
    ]);
  });

  it('leaves out a question already in review, and a card rated before its last review', () => {
    const states = {
      'q-wrong': schedule('q-wrong', undefined, 'again', T0, SETTINGS, REFERENCE_ZONE),
      'card-a': schedule('card-a', undefined, 'good', T0 + MINUTE, SETTINGS, REFERENCE_ZONE),
    };
    const lesson = progress({ questions: { 'q-wrong': { result: 'wrong', at: T0 + 5 * MINUTE } }, cards: { 'card-a': { last: 'again', at: T0 } } });
    expect(unfolded(lesson, states)).toEqual([]);
    expect(unfolded(progress({ cards: { 'card-a': { last: 'again', at: T0 + 2 * MINUTE } } }), states)).toHaveLength(1);
  });

  it('ignores what it cannot read, and inherited keys', () => {
    const odd = JSON.parse('{"__proto__": {"result": "wrong", "at": 1}, "q": {"result": "wrong", "at": "x"}, "r": null}');
    expect(unfolded(progress({ questions: odd, cards: { c: { last: 'maybe', at: 1 } } }), {})).toEqual([]);
  });
});

describe('readProgressRecords', () => {
  it('reads the records of any version, and nothing from what is not progress', () => {
    const v1 = '{"v":1,"questions":{"q-one":{"result":"wrong","at":5}},"cards":{"card-a":{"again":1,"got":0,"last":"again","at":6}}}';
    expect(readProgressRecords(v1)).toEqual({ questions: { 'q-one': { result: 'wrong', at: 5 } }, cards: { 'card-a': { again: 1, got: 0, last: 'again', at: 6 } } });
    for (const raw of [null, '{oops', '[1]', '{"v":0,"questions":{}}', '{"questions":{}}']) expect(readProgressRecords(raw)).toEqual({ questions: {}, cards: {} });
  });
});

describe('foldProgress', () => {
  it('makes a question got wrong on a lesson page a review item, at the time it was answered', () => {
    const data = foldProgress({ states: {} }, progress({ questions: { 'q-one': { result: 'wrong', at: T0 } } }), SETTINGS, REFERENCE_ZONE);
    expect(data.states['q-one']).toEqual(schedule('q-one', undefined, 'again', T0, SETTINGS, REFERENCE_ZONE));
    expect(data.newCards).toBeUndefined();
  });

  it('rates a lesson page’s “got it” as Good and “again” as Again, counting a first rating as that day’s new card', () => {
    const yesterday = T0 - DAY;
    const data = foldProgress({ states: {} }, progress({ cards: { 'card-a': { last: 'got', at: yesterday }, 'card-b': { last: 'again', at: T0 } } }), SETTINGS, REFERENCE_ZONE);
    expect(data.states['card-a']).toEqual(schedule('card-a', undefined, 'good', yesterday, SETTINGS, REFERENCE_ZONE));
    expect(data.states['card-b']).toEqual(schedule('card-b', undefined, 'again', T0, SETTINGS, REFERENCE_ZONE));
    expect(data.newCards).toEqual({ day: studyDay(T0, REFERENCE_ZONE), ids: ['card-b'] });
  });

  it('reviews a started card again when it is rated on a lesson page later', () => {
    const started = rateItem({ states: {} }, 'card-a', 'good', T0, SETTINGS, REFERENCE_ZONE);
    const later = T0 + 10 * MINUTE;
    const data = foldProgress(started, progress({ cards: { 'card-a': { last: 'got', at: later } } }), SETTINGS, REFERENCE_ZONE);
    expect(data.states['card-a']).toEqual(schedule('card-a', started.states['card-a'], 'good', later, SETTINGS, REFERENCE_ZONE));
  });

  it('changes nothing when folded twice, and takes only the guide’s own ids when told them', () => {
    const lesson = progress({ questions: { 'q-one': { result: 'wrong', at: T0 } }, cards: { gone: { last: 'got', at: T0 } } });
    const once = foldProgress({ states: {} }, lesson, SETTINGS, REFERENCE_ZONE, new Set(['q-one']));
    expect(Object.keys(once.states)).toEqual(['q-one']);
    expect(foldProgress(once, lesson, SETTINGS, REFERENCE_ZONE, new Set(['q-one']))).toBe(once);
  });
});
