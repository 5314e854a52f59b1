import { describe, expect, it } from 'vitest';
import { createEmptyCard, generatorParameters, fsrs, get_fuzz_range, Rating, State, type Card } from 'ts-fsrs';
import { previewSchedule, schedule } from '../../../src/review/schedule';
import { fromCard, newState, toCard, type ReviewState } from '../../../src/review/state';
import { DAY, MINUTE, REFERENCE_ZONE, referenceFsrs, wall, zone } from './clock';

const T0 = Date.UTC(2026, 0, 5, 10, 0); // Monday 14:00 in the reference zone
const SETTINGS = { retention: 0.9 };
const seeded = (card: Card, id: string) => ({ ...card, mnemoSeed: `${id}:` });

/** Rates an item through the core, one rating after another, each at its given time. */
function run(id: string, steps: [number, 'again' | 'hard' | 'good' | 'easy'][], retention = 0.9, offset = REFERENCE_ZONE) {
  let state: ReviewState | undefined;
  for (const [at, rating] of steps) state = schedule(id, state, rating, at, { retention }, offset);
  return state!;
}

describe('schedule: intervals come from ts-fsrs', () => {
  it('gives exactly what ts-fsrs gives for the same card, ratings and times', () => {
    const f = referenceFsrs();
    let card = seeded(createEmptyCard(new Date(T0)), 'card-a');
    const times = [T0, T0 + 10 * MINUTE, T0 + 3 * DAY, T0 + 13 * DAY, T0 + 13 * DAY + 10 * MINUTE, T0 + 20 * DAY];
    const grades = [Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Easy] as const;
    const names = ['good', 'good', 'good', 'again', 'good', 'easy'] as const;
    let state: ReviewState | undefined;
    times.forEach((at, i) => {
      card = seeded(f.next(card, new Date(at), grades[i]!).card, 'card-a');
      state = schedule('card-a', state, names[i]!, at, SETTINGS, REFERENCE_ZONE);
      expect(state).toEqual(fromCard(card));
    });
    expect(state!.lapses).toBe(1);
  });

  it('asks ts-fsrs for the guide’s retention: a higher retention gives shorter intervals', () => {
    const steps: [number, 'good'][] = [[T0, 'good'], [T0 + 10 * MINUTE, 'good'], [T0 + 3 * DAY, 'good']];
    const low = run('card-a', steps, 0.8);
    const high = run('card-a', steps, 0.95);
    expect(high.scheduledDays).toBeLessThan(low.scheduledDays);
    const f = referenceFsrs(0.95);
    let card = seeded(createEmptyCard(new Date(T0)), 'card-a');
    for (const [at] of steps) card = seeded(f.next(card, new Date(at), Rating.Good).card, 'card-a');
    expect(high.scheduledDays).toBe(card.scheduled_days);
  });

  it('falls back to the default retention instead of throwing on a tampered one', () => {
    expect(schedule('card-a', undefined, 'good', T0, { retention: 5 }, REFERENCE_ZONE)).toEqual(
      schedule('card-a', undefined, 'good', T0, SETTINGS, REFERENCE_ZONE),
    );
  });
});

describe('schedule: learning steps and graduation (ts-fsrs defaults 1 min, 10 min)', () => {
  it('sends a new item rated Good to the 10-minute step, not to tomorrow', () => {
    const state = schedule('card-a', undefined, 'good', T0, SETTINGS, REFERENCE_ZONE);
    expect(state).toMatchObject({ phase: 'learning', due: T0 + 10 * MINUTE, scheduledDays: 0, reps: 1, lastReview: T0 });
  });

  it('brings a new item rated Again back in 1 minute, the same day', () => {
    expect(schedule('card-a', undefined, 'again', T0, SETTINGS, REFERENCE_ZONE)).toMatchObject({ phase: 'learning', due: T0 + MINUTE });
  });

  it('graduates on the second Good to an interval in days, longer than one', () => {
    const state = run('card-a', [[T0, 'good'], [T0 + 10 * MINUTE, 'good']]);
    expect(state.phase).toBe('review');
    expect(state.scheduledDays).toBeGreaterThan(1);
  });

  it('sends a review item rated Again to relearning for 10 minutes, counting a lapse', () => {
    const graduated = run('card-a', [[T0, 'good'], [T0 + 10 * MINUTE, 'good']]);
    const at = T0 + graduated.scheduledDays * DAY;
    const lapsed = schedule('card-a', graduated, 'again', at, SETTINGS, REFERENCE_ZONE);
    expect(lapsed).toMatchObject({ phase: 'relearning', due: at + 10 * MINUTE, lapses: 1 });
  });
});

describe('schedule: fuzz', () => {
  it('is deterministic per item and review count, and within ts-fsrs’s fuzz range', () => {
    const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
    const ids = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
    const at = [T0, T0 + 10 * MINUTE, T0 + 3 * DAY] as const;
    let plain: Card = createEmptyCard(new Date(T0));
    for (const t of at) plain = f.next(plain, new Date(t), Rating.Good).card;
    const { min_ivl, max_ivl } = get_fuzz_range(plain.scheduled_days, 3, 36500);
    const days = ids.map((id) => run(id, [[at[0], 'good'], [at[1], 'good'], [at[2], 'good']]).scheduledDays);
    for (const d of days) expect(d).toBeGreaterThanOrEqual(min_ivl), expect(d).toBeLessThanOrEqual(max_ivl);
    expect(new Set(days).size).toBeGreaterThan(1); // cards learnt together spread out
    expect(run('alpha', [[at[0], 'good'], [at[1], 'good'], [at[2], 'good']])).toEqual(run('alpha', [[at[0], 'good'], [at[1], 'good'], [at[2], 'good']]));
  });

  it('gives the interval a button showed even when the rating comes later than the preview', () => {
    const state = run('card-a', [[T0, 'good'], [T0 + 10 * MINUTE, 'good']]);
    const shown = T0 + 4 * DAY;
    const preview = previewSchedule('card-a', state, shown, SETTINGS, REFERENCE_ZONE);
    const rated = schedule('card-a', state, 'good', shown + 40_000, SETTINGS, REFERENCE_ZONE);
    expect(rated.scheduledDays).toBe(preview.good.scheduledDays);
  });
});

describe('previewSchedule', () => {
  it('gives for every rating the state schedule gives', () => {
    const state = run('card-a', [[T0, 'good'], [T0 + 10 * MINUTE, 'good']]);
    const at = T0 + 5 * DAY;
    const preview = previewSchedule('card-a', state, at, SETTINGS, REFERENCE_ZONE);
    for (const rating of ['again', 'hard', 'good', 'easy'] as const) {
      expect(preview[rating]).toEqual(schedule('card-a', state, rating, at, SETTINGS, REFERENCE_ZONE));
    }
  });
});

describe('schedule: days between reviews are study days, in every time zone', () => {
  // Sydney (UTC+11 in January): 20:00 and 05:00 the next morning fall on one UTC date, but on two
  // study days; ts-fsrs alone would take the second review for a same-day one.
  const sydney = zone('Australia/Sydney');
  const first = wall(sydney, '2026-01-05T20:00');
  const second = wall(sydney, '2026-01-06T05:00');

  it('sees one day between an evening review and the next morning’s', () => {
    const graduated = run('card-a', [[first - 10 * MINUTE, 'good'], [first, 'good']], 0.9, sydney);
    const next = schedule('card-a', graduated, 'good', second, SETTINGS, sydney);
    // The reference: the same card reviewed one ts-fsrs day apart.
    const ref = referenceFsrs();
    const dayOne = Date.UTC(2026, 0, 5, 12);
    const card = seeded(toCard({ ...graduated, lastReview: dayOne, due: dayOne + graduated.scheduledDays * DAY }), 'card-a');
    const expected = ref.next(card, new Date(dayOne + DAY), Rating.Good).card;
    expect(next.stability).toBe(expected.stability);
    expect(next.scheduledDays).toBe(expected.scheduled_days);
    expect(next).toMatchObject({ lastReview: second, phase: 'review' });
  });

  it('never throws when the clock went back before the last review', () => {
    const state = schedule('card-a', undefined, 'good', T0, SETTINGS, REFERENCE_ZONE);
    const back = schedule('card-a', state, 'good', T0 - DAY, SETTINGS, REFERENCE_ZONE);
    expect(back.phase).toBe('review');
    expect(back.lastReview).toBe(T0 - DAY);
  });
});

describe('newState', () => {
  it('is ts-fsrs’s empty card', () => {
    expect(toCard(newState(T0))).toEqual({ ...createEmptyCard(new Date(T0)), last_review: undefined, state: State.New });
  });
});
