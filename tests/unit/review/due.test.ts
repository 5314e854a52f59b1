import { describe, expect, it } from 'vitest';
import { studyDay } from '../../../src/review/day';
import { dueAt, dueByDay, dueToday } from '../../../src/review/due';
import type { ReviewState } from '../../../src/review/state';
import { HOUR, MINUTE, wall, zone } from './clock';

const berlin = zone('Europe/Berlin');

const learning = (due: number): ReviewState => ({ phase: 'learning', due, lastReview: due - 10 * MINUTE, stability: 2.3, difficulty: 2.1, scheduledDays: 0, learningStep: 1, reps: 1, lapses: 0 });
const review = (lastReview: number, scheduledDays: number): ReviewState => ({
  phase: 'review',
  due: lastReview + scheduledDays * 24 * HOUR,
  lastReview,
  stability: 3,
  difficulty: 5,
  scheduledDays,
  learningStep: 0,
  reps: 2,
  lapses: 0,
});

describe('dueAt', () => {
  it('makes a review item due from 04:00 on the day its interval lands on, as Anki does', () => {
    expect(dueAt(review(wall(berlin, '2026-01-05T21:00'), 3), berlin)).toBe(wall(berlin, '2026-01-08T04:00'));
  });

  it('counts a review at 02:00 on the evening before’s study day', () => {
    expect(dueAt(review(wall(berlin, '2026-01-06T02:00'), 1), berlin)).toBe(wall(berlin, '2026-01-06T04:00'));
  });

  it('keeps the day across a daylight-saving change, where 24 hours later is still the same study day', () => {
    const reviewed = wall(berlin, '2026-10-24T04:30');
    const state = review(reviewed, 1);
    expect(studyDay(state.due, berlin)).toBe(studyDay(reviewed, berlin)); // 03:30 after the clocks went back
    expect(dueAt(state, berlin)).toBe(wall(berlin, '2026-10-25T04:00'));
  });

  it('makes a learning item due at its exact time, and a new item not due by date', () => {
    const at = wall(berlin, '2026-01-05T10:10');
    expect(dueAt(learning(at), berlin)).toBe(at);
    expect(dueAt({ phase: 'new', due: at, stability: 0, difficulty: 0, scheduledDays: 0, learningStep: 0, reps: 0, lapses: 0 }, berlin)).toBeUndefined();
  });
});

describe('dueToday and dueByDay', () => {
  const now = wall(berlin, '2026-01-05T22:00');
  const states: Record<string, ReviewState> = {
    overdue: review(wall(berlin, '2026-01-01T09:00'), 2),
    today: review(wall(berlin, '2026-01-04T09:00'), 1),
    'after-midnight': learning(wall(berlin, '2026-01-06T01:00')), // still today's study day
    tomorrow: review(wall(berlin, '2026-01-05T09:00'), 1),
    'in-three-days': review(wall(berlin, '2026-01-05T09:00'), 3),
    'in-a-month': review(wall(berlin, '2026-01-05T09:00'), 30),
  };

  it('counts started items due before the next 04:00, overdue ones included', () => {
    expect(dueToday(states, now, berlin)).toBe(3);
    expect(dueToday({}, now, berlin)).toBe(0);
  });

  it('counts items per study day for the next 7 days, today first', () => {
    expect(dueByDay(states, now, 7, berlin)).toEqual([3, 1, 0, 1, 0, 0, 0]);
    expect(dueByDay(states, now, 2, berlin)).toEqual([3, 1]);
  });
});
