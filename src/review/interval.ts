/**
 * Intervals as the learner reads them: a count and a unit, kept apart so the wording can be
 * translated (the units are those of `Intl.RelativeTimeFormat` and `Intl.NumberFormat`).
 *
 * The rounding follows Anki's answer buttons (rslib `scheduler/timespan.rs`,
 * `answer_button_time`): the largest unit the span reaches (a month is 365/12 days, a year 365
 * days); seconds, minutes and days as whole numbers, hours, months and years to one decimal
 * ("10 min", "1.5 h", "3 d", "2.3 mo", "1 y"). Free of ts-fsrs, so pages can word intervals
 * without loading it; the buttons' intervals come from `preview.ts`.
 */
import { DAY_MS, localOffset, studyDay, type UtcOffset } from './day';
import type { ReviewState } from './state';

/** A unit of time, named as `Intl.RelativeTimeFormat` names it. */
export type IntervalUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** A rounded interval: `count` units (a whole number, or one decimal for hours, months and years). */
export interface Interval {
  count: number;
  unit: IntervalUnit;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const YEAR = 365 * DAY_MS;
const MONTH = YEAR / 12;

/** Units from the largest down: its length in ms, and whether it keeps one decimal. */
const UNITS: readonly [IntervalUnit, number, boolean][] = [
  ['year', YEAR, true],
  ['month', MONTH, true],
  ['day', DAY_MS, false],
  ['hour', HOUR, true],
  ['minute', MINUTE, false],
  ['second', SECOND, false],
];

/**
 * A span of time in ms as Anki shows it above an answer button (negative spans count as 0).
 * @example displayInterval(10 * 60_000) // { count: 10, unit: 'minute' }
 * @example displayInterval(45 * 86_400_000) // { count: 1.5, unit: 'month' }
 */
export function displayInterval(ms: number): Interval {
  const span = Math.max(0, ms);
  const [unit, length, decimal] = UNITS.find(([, size]) => span >= size) ?? UNITS[UNITS.length - 1];
  const amount = span / length;
  return { count: decimal ? Math.round(amount * 10) / 10 : Math.round(amount), unit };
}

/**
 * The interval a rating gives, in ms: a review item's interval in whole days (as ts-fsrs counts
 * it), a (re)learning item's time until its next step.
 */
export function intervalMs(next: ReviewState, now: number): number {
  return next.phase === 'review' ? next.scheduledDays * DAY_MS : next.due - now;
}

/**
 * How long until `at` (ms), for "Next review: in 10 min / tomorrow": within the current study day
 * the time itself; on a later day the number of study days (1 = tomorrow, even if that is 6 hours
 * away at 04:00), or months and years beyond 30 days.
 */
export function untilDue(at: number, now: number, offset: UtcOffset = localOffset): Interval {
  const days = studyDay(at, offset) - studyDay(now, offset);
  if (days <= 0) return displayInterval(at - now);
  return days * DAY_MS < MONTH ? { count: days, unit: 'day' } : displayInterval(days * DAY_MS);
}
