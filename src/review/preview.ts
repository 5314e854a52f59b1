/**
 * The interval each answer button would give, from ts-fsrs. Apart from `interval.ts` so that
 * wording an interval never loads the scheduler.
 */
import { localOffset, type UtcOffset } from './day';
import { displayInterval, intervalMs, type Interval } from './interval';
import type { ReviewRating } from './ratings';
import { previewSchedule } from './schedule';
import type { ReviewSettings } from './settings-schema';
import type { ReviewState } from './state';

/**
 * The interval each answer button would give, for its label ("10 min", "3 d"): from
 * `previewSchedule`, so from ts-fsrs, and equal to what the rating then gives.
 */
export function previewIntervals(
  id: string,
  state: ReviewState | undefined,
  now: number,
  settings: Pick<ReviewSettings, 'retention'>,
  offset: UtcOffset = localOffset,
): Record<ReviewRating, Interval> {
  const next = previewSchedule(id, state, now, settings, offset);
  return {
    again: displayInterval(intervalMs(next.again, now)),
    hard: displayInterval(intervalMs(next.hard, now)),
    good: displayInterval(intervalMs(next.good, now)),
    easy: displayInterval(intervalMs(next.easy, now)),
  };
}
