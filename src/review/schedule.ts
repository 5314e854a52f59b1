/**
 * Scheduling one item by FSRS, through ts-fsrs: every interval, stability and difficulty comes
 * from the library; this module only adapts ids, clocks and stored states to it.
 *
 * Settings given to ts-fsrs: `request_retention` = the guide's `review.retention`; default
 * weights, learning steps (1 min, 10 min), relearning step (10 min) and maximum interval
 * (36,500 days), which are Anki's defaults too.
 *
 * Fuzz is on, as in Anki, so that cards introduced together do not fall due together for ever.
 * ts-fsrs fuzzes intervals of 2.5 days or more, by a random draw seeded per review; the seed here
 * is the item's id and its review count (ts-fsrs `GenSeedStrategyWithCardId`), never the clock, so
 * the fuzz is deterministic: the interval shown on a button is the one the rating then gives,
 * a reload or another tab computes the same, and tests are exact.
 */
import { fsrs, generatorParameters, GenSeedStrategyWithCardId, Rating, StrategyMode, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { fsrsClock, localOffset, type UtcOffset } from './day';
import { DEFAULT_RETENTION, RETENTION_MAX, RETENTION_MIN } from './defaults';
import type { ReviewRating } from './ratings';
import type { ReviewSettings } from './settings-schema';
import { fromCard, newState, toCard, type ReviewState } from './state';

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The card field the fuzz seed is read from; ts-fsrs appends the review count to it. */
const SEED_FIELD = 'mnemoSeed';

const schedulers = new Map<number, FSRS>();

/**
 * The ts-fsrs scheduler for a desired retention, made once per value. A retention outside the
 * allowed range (storage or settings tampered with) falls back to the default rather than throw.
 */
export function scheduler(retention: number): FSRS {
  const valid = retention >= RETENTION_MIN && retention <= RETENTION_MAX ? retention : DEFAULT_RETENTION;
  let made = schedulers.get(valid);
  if (!made) {
    made = fsrs(generatorParameters({ request_retention: valid, enable_fuzz: true })).useStrategy(
      StrategyMode.SEED,
      GenSeedStrategyWithCardId(SEED_FIELD),
    );
    schedulers.set(valid, made);
  }
  return made;
}

/**
 * The ts-fsrs card and review time for an item, on ts-fsrs's day-counting clock (see `fsrsClock`
 * in `day.ts`), so the days it counts between reviews are study days. The review time is never
 * before the last review (a clock set back, or a flight west), where ts-fsrs would throw.
 */
function prepare(id: string, state: ReviewState | undefined, now: number, offset: UtcOffset) {
  const stored = state ?? newState(now);
  const card: Card & { [SEED_FIELD]: string } = { ...toCard(stored), [SEED_FIELD]: `${id}:` };
  card.due = new Date(fsrsClock(stored.due, offset));
  let at = fsrsClock(now, offset);
  if (stored.lastReview !== undefined) {
    const last = fsrsClock(stored.lastReview, offset);
    card.last_review = new Date(last);
    at = Math.max(at, last);
  }
  return { card, at };
}

/** The stored state after ts-fsrs's answer: its delay (due less review time) counted from the real `now`. */
function settle(next: Card, at: number, now: number): ReviewState {
  const state = fromCard(next);
  return { ...state, due: now + (state.due - at), lastReview: now };
}

/**
 * An item's state after the learner rates it at `now`.
 * @param id the item's id (seeds the fuzz)
 * @param state its stored state; undefined when it was never rated (a new item)
 * @param now ms since the epoch
 * @param settings the guide's `review.retention`
 * @param offset the time zone (default: the browser's), for study days
 * @example schedule('replace-not-patch', undefined, 'good', now, { retention: 0.9 }) // learning, due in 10 min
 */
export function schedule(
  id: string,
  state: ReviewState | undefined,
  rating: ReviewRating,
  now: number,
  settings: Pick<ReviewSettings, 'retention'>,
  offset: UtcOffset = localOffset,
): ReviewState {
  const { card, at } = prepare(id, state, now, offset);
  return settle(scheduler(settings.retention).next(card, new Date(at), GRADES[rating]).card, at, now);
}

/**
 * What each rating would give at `now`, for the answer buttons; the same as `schedule` gives.
 * Same parameters as `schedule`.
 */
export function previewSchedule(
  id: string,
  state: ReviewState | undefined,
  now: number,
  settings: Pick<ReviewSettings, 'retention'>,
  offset: UtcOffset = localOffset,
): Record<ReviewRating, ReviewState> {
  const { card, at } = prepare(id, state, now, offset);
  const all = scheduler(settings.retention).repeat(card, new Date(at));
  return {
    again: settle(all[Rating.Again].card, at, now),
    hard: settle(all[Rating.Hard].card, at, now),
    good: settle(all[Rating.Good].card, at, now),
    easy: settle(all[Rating.Easy].card, at, now),
  };
}
