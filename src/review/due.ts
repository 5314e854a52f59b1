/**
 * When a started item counts as due, and how many fall due each day. Learning and relearning
 * items are due at their exact time (steps of minutes). A review item is due from the start of
 * the study day its interval lands on, as Anki schedules review cards by day number: rated
 * Good at 21:00 with a 3-day interval, it is due from 04:00 three study days later, not 21:00.
 * That day is counted from the last review's study day plus the interval in days, so a
 * daylight-saving change in between never moves it by a day.
 */
import { dayStart, localOffset, nextDayStart, studyDay, type UtcOffset } from './day';
import type { ReviewState } from './state';

/**
 * The instant (ms since the epoch) a started item becomes due; undefined for a new item, which is
 * introduced by the daily new-card limit rather than by date.
 */
export function dueAt(state: ReviewState, offset: UtcOffset = localOffset): number | undefined {
  if (state.phase === 'new') return undefined;
  if (state.phase === 'review' && state.lastReview !== undefined) {
    return dayStart(studyDay(state.lastReview, offset) + state.scheduledDays, offset);
  }
  return state.due;
}

/**
 * How many started items are due by the end of the current study day (overdue ones included),
 * learning items due later today too: the header's count. New items are not counted here; the
 * caller adds the new cards still allowed today if it shows them.
 * @param states stored states by item id
 * @param now ms since the epoch
 */
export function dueToday(states: Readonly<Record<string, ReviewState>>, now: number, offset: UtcOffset = localOffset): number {
  const end = nextDayStart(now, offset);
  let count = 0;
  for (const state of Object.values(states)) {
    const at = dueAt(state, offset);
    if (at !== undefined && at < end) count++;
  }
  return count;
}

/**
 * Started items falling due on each of the next `days` study days, today first (overdue items
 * count as today), for the dashboard's chart.
 * @example dueByDay(states, now) // [12, 0, 4, 9, 1, 0, 3]
 */
export function dueByDay(
  states: Readonly<Record<string, ReviewState>>,
  now: number,
  days = 7,
  offset: UtcOffset = localOffset,
): number[] {
  const today = studyDay(now, offset);
  const counts: number[] = new Array(days).fill(0);
  for (const state of Object.values(states)) {
    const at = dueAt(state, offset);
    if (at === undefined) continue;
    const index = Math.max(0, studyDay(at, offset) - today);
    if (index < days) counts[index]++;
  }
  return counts;
}
