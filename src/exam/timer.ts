/**
 * The exam timer as pure functions of the clock, so a reload, a closed tab or a second tab all
 * see the same remaining time: it is always computed from the stored start time, never counted
 * down in memory. Time runs on while the tab is closed, as in a real exam. Browser-safe.
 */

/** Minutes left at which the timer is announced to screen readers (issue 12). */
export const ANNOUNCE_AT_MINUTES = [5, 1] as const;

/** One of `ANNOUNCE_AT_MINUTES`. */
export type Announcement = (typeof ANNOUNCE_AT_MINUTES)[number];

/**
 * Milliseconds left of a timed attempt, never below 0 (0: time is up, submit).
 * @param startedAt Start time, ms since the epoch.
 * @param timeLimit Limit in minutes.
 * @param now Current time, ms since the epoch.
 * @example remainingMs(0, 40, 60_000) // 2_340_000
 */
export function remainingMs(startedAt: number, timeLimit: number, now: number): number {
  return Math.max(0, startedAt + timeLimit * 60_000 - now);
}

/**
 * The announcement due between two readings of the remaining time (ms), or undefined: a mark is
 * due when the time left crosses it (previous above, current at or below), so each is announced
 * once as time runs down. When both are crossed at once (a tab woken from sleep), only the
 * nearer one is announced, since "5 minutes left" would be wrong. On the first reading after a
 * load, pass the same value twice: a reload must not repeat an announcement.
 * @example dueAnnouncement(300_500, 299_500) // 5
 */
export function dueAnnouncement(previousMs: number, currentMs: number): Announcement | undefined {
  let due: Announcement | undefined;
  for (const minutes of ANNOUNCE_AT_MINUTES) {
    const mark = minutes * 60_000;
    if (previousMs > mark && currentMs <= mark) due = minutes;
  }
  return due;
}
