import { describe, expect, it } from 'vitest';
import { dayStart, studyDay } from '../../../src/review/day';
import { dueByDay, dueToday } from '../../../src/review/due';
import { untilDue } from '../../../src/review/interval';
import { buildQueue, nextDue, type QueueInput } from '../../../src/review/queue';
import { rateItem, type ReviewData } from '../../../src/review/session';
import type { ReviewState } from '../../../src/review/state';
import { DAY, MINUTE, wall, zone } from './clock';

const berlin = zone('Europe/Berlin');
const NOW = wall(berlin, '2026-01-05T10:00');
const SETTINGS = { retention: 0.9 };
const cards = (n: number) => Array.from({ length: n }, (_, i) => `card-${i + 1}`);

/** A queue input over `data` at `now`, in Berlin, with no learn-ahead unless given. */
const input = (data: ReviewData, now: number, order: readonly string[], extra: Partial<QueueInput> = {}): QueueInput => ({
  order,
  states: data.states,
  newCards: data.newCards,
  newPerDay: 20,
  now,
  offset: berlin,
  learnAheadMs: 0,
  ...extra,
});
const rate = (data: ReviewData, id: string, rating: 'again' | 'hard' | 'good' | 'easy', at: number) => rateItem(data, id, rating, at, SETTINGS, berlin);

describe('a session, day by day', () => {
  it('brings a card rated Again back the same day, a minute later', () => {
    const data = rate({ states: {} }, 'card-1', 'again', NOW);
    expect(buildQueue(input(data, NOW + 30_000, ['card-1'], { newPerDay: 0 })).items).toEqual([]);
    expect(buildQueue(input(data, NOW + MINUTE, ['card-1'], { newPerDay: 0 })).items).toEqual(['card-1']);
    expect(dueToday(data.states, NOW, berlin)).toBe(1);
  });

  it('does not bring back tomorrow a card rated Good until it graduates, but after its interval', () => {
    let data = rate({ states: {} }, 'card-1', 'good', NOW);
    const step = nextDue(input(data, NOW, ['card-1']))!;
    expect(untilDue(step, NOW, berlin)).toEqual({ count: 10, unit: 'minute' });
    data = rate(data, 'card-1', 'good', step);
    const state = data.states['card-1']!;
    expect(state.phase).toBe('review');
    const days = state.scheduledDays;
    expect(days).toBeGreaterThan(1);
    expect(dueByDay(data.states, step, days + 1, berlin).indexOf(1)).toBe(days);
    const order = ['card-1'];
    const tomorrowNoon = wall(berlin, '2026-01-06T12:00');
    expect(buildQueue(input(data, tomorrowNoon, order)).items).toEqual([]);
    const dueDay = dayStart(studyDay(NOW, berlin) + days, berlin);
    expect(buildQueue(input(data, dueDay - 1, order)).items).toEqual([]);
    expect(buildQueue(input(data, dueDay, order)).items).toEqual(['card-1']);
    expect(nextDue(input(data, step, order))).toBe(dueDay);
  });

  it('shows a learning item early when nothing else is left, within Anki’s 20-minute learn-ahead', () => {
    const data = rate({ states: {} }, 'card-1', 'good', NOW);
    expect(buildQueue(input(data, NOW + MINUTE, ['card-1'], { learnAheadMs: undefined })).items).toEqual(['card-1']);
    const withOther = rate(data, 'card-2', 'again', NOW - MINUTE);
    expect(buildQueue(input(withOther, NOW + MINUTE, ['card-1', 'card-2'], { learnAheadMs: undefined })).items).toEqual(['card-2']);
  });
});

describe('buildQueue: order', () => {
  const state = (phase: ReviewState['phase'], due: number, lastReview: number, scheduledDays = 0): ReviewState => ({
    phase,
    due,
    lastReview,
    stability: 3,
    difficulty: 5,
    scheduledDays,
    learningStep: 0,
    reps: 3,
    lapses: phase === 'relearning' ? 1 : 0,
  });
  const states: Record<string, ReviewState> = {
    'learn-late': state('learning', NOW - MINUTE, NOW - 11 * MINUTE),
    'relearn-early': state('relearning', NOW - 5 * MINUTE, NOW - 15 * MINUTE),
    'review-today': state('review', NOW + 8 * 3600_000, NOW - 3 * DAY, 3),
    'review-overdue': state('review', NOW - 2 * DAY, NOW - 5 * DAY, 3),
    'review-tomorrow': state('review', NOW + DAY, NOW - 2 * DAY, 3),
    'learn-soon': state('learning', NOW + 5 * MINUTE, NOW - 5 * MINUTE),
  };
  const order = ['new-a', 'review-today', 'learn-late', 'new-b', 'review-overdue', 'relearn-early', 'review-tomorrow', 'learn-soon', 'new-c'];

  it('puts (re)learning items due now first, then reviews due today, then new cards in guide order', () => {
    const queue = buildQueue(input({ states }, NOW, order, { learnAheadMs: undefined }));
    expect(queue.items).toEqual(['relearn-early', 'learn-late', 'review-overdue', 'review-today', 'new-a', 'new-b', 'new-c']);
    expect(queue.counts).toEqual({ learning: 2, review: 2, new: 3 });
  });

  it('ignores stored items no longer in the guide, and repeated ids', () => {
    expect(buildQueue(input({ states }, NOW, ['review-today', 'review-today', 'gone'], { newPerDay: 0 })).items).toEqual(['review-today']);
  });
});

describe('buildQueue: the daily limit of new cards', () => {
  const order = cards(30);
  const today = studyDay(NOW, berlin);

  it('introduces up to newPerDay new cards, in guide order', () => {
    expect(buildQueue(input({ states: {} }, NOW, order)).items).toEqual(cards(20));
    expect(buildQueue(input({ states: {} }, NOW, order, { newPerDay: 5 })).items).toEqual(cards(5));
    expect(buildQueue(input({ states: {} }, NOW, order, { newPerDay: 0 })).items).toEqual([]);
  });

  it('counts the cards introduced today, after a reload too, and none from yesterday', () => {
    const newCards = { day: today, ids: cards(18) };
    const states = Object.fromEntries(cards(18).map((id) => [id, rate({ states: {} }, id, 'easy', NOW - 60 * MINUTE).states[id]!]));
    expect(buildQueue(input({ states, newCards }, NOW, order)).items).toEqual(['card-19', 'card-20']);
    expect(buildQueue(input({ states, newCards: { day: today - 1, ids: cards(18) } }, NOW, order)).counts.new).toBe(12);
  });

  it('stops at the limit as cards are rated, and waits for the next study day', () => {
    let data: ReviewData = { states: {} };
    for (const id of cards(20)) data = rate(data, id, 'easy', NOW);
    expect(data.newCards).toEqual({ day: today, ids: cards(20) });
    expect(buildQueue(input(data, NOW, order)).items).toEqual([]);
    const tomorrow = dayStart(today + 1, berlin);
    expect(nextDue(input(data, NOW, order))).toBe(tomorrow);
    expect(buildQueue(input(data, tomorrow, order)).items).toEqual(cards(30).slice(20));
  });
});

describe('nextDue', () => {
  it('is now while something is due, and undefined when nothing ever will be', () => {
    expect(nextDue(input({ states: {} }, NOW, cards(2)))).toBe(NOW);
    expect(nextDue(input({ states: {} }, NOW, cards(2), { newPerDay: 0 }))).toBeUndefined();
    expect(nextDue(input({ states: {} }, NOW, []))).toBeUndefined();
  });
});
