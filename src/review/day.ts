/**
 * Study days. As in Anki ("Next day starts at", default 4 hours past midnight; Anki manual,
 * Preferences > Review), a study day runs from 04:00 local time to 04:00 the next morning, so a
 * session past midnight still counts as the evening's and what falls due "tomorrow" is there
 * when the learner gets up. Days follow the local wall clock, so a day is 23 or 25 hours long
 * across a daylight-saving change.
 */

/** The hour of local time at which a study day starts (Anki's default "next day starts at"). */
export const DAY_START_HOUR = 4;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** One day of 24 hours, in ms. */
export const DAY_MS = 24 * HOUR_MS;

/**
 * The offset of local time from UTC in effect at an instant, in minutes east of UTC (Paris in
 * winter: 60; New York in summer: -240). Injected so tests can pin a time zone.
 */
export type UtcOffset = (ms: number) => number;

/** The browser's (or Node's) own time zone. */
export const localOffset: UtcOffset = (ms) => -new Date(ms).getTimezoneOffset();

/**
 * The study day an instant belongs to, as a whole number of days since 1970-01-01: the local
 * calendar date, less one before 04:00. Only differences and order between days mean anything.
 * @param now instant, ms since the epoch
 * @example studyDay(Date.UTC(2026, 0, 5, 3, 59), () => 0) === studyDay(Date.UTC(2026, 0, 4, 12), () => 0)
 */
export function studyDay(now: number, offset: UtcOffset = localOffset): number {
  return Math.floor((now + offset(now) * MINUTE_MS - DAY_START_HOUR * HOUR_MS) / DAY_MS);
}

/**
 * The instant (ms since the epoch) a study day starts: 04:00 local time on that date. The offset is
 * taken at that instant, found in two steps because it may differ from the one a day earlier.
 */
export function dayStart(day: number, offset: UtcOffset = localOffset): number {
  const wall = day * DAY_MS + DAY_START_HOUR * HOUR_MS;
  const guess = wall - offset(wall) * MINUTE_MS;
  return wall - offset(guess) * MINUTE_MS;
}

/** The instant (ms) the study day after the one holding `now` starts: when "today" ends. */
export function nextDayStart(now: number, offset: UtcOffset = localOffset): number {
  return dayStart(studyDay(now, offset) + 1, offset);
}

/**
 * An instant moved onto the clock ts-fsrs counts days on. ts-fsrs counts the days between two
 * reviews by UTC calendar date; shifted by the local offset less 4 hours, that count becomes the
 * number of study days between them, as Anki counts it, in every time zone. Only whole-day counts
 * are read from shifted instants; durations come from the real clock (see `schedule.ts`).
 */
export function fsrsClock(ms: number, offset: UtcOffset = localOffset): number {
  return ms + offset(ms) * MINUTE_MS - DAY_START_HOUR * HOUR_MS;
}
