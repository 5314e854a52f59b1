/**
 * The English wording of intervals. Another language is another table here, or the
 * `Intl.NumberFormat` unit style for the buttons; `Intl.RelativeTimeFormat` already speaks
 * every language for "in 10 minutes" and "tomorrow".
 */
import type { Interval, IntervalUnit } from './interval';

/** Short English units for the answer buttons, as in "10 min" (Anki writes "10m"; a space and "min" read better). */
const SHORT_UNITS: Record<IntervalUnit, string> = {
  second: 's',
  minute: 'min',
  hour: 'h',
  day: 'd',
  month: 'mo',
  year: 'y',
};

/**
 * An interval as an answer button's label.
 * @example formatInterval({ count: 1.5, unit: 'hour' }) // '1.5 h'
 */
export function formatInterval(interval: Interval): string {
  const count = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(interval.count);
  return `${count} ${SHORT_UNITS[interval.unit]}`;
}

/**
 * An interval from now, as the end of a session says when the next item is due, in `lang`
 * (a BCP 47 tag; English by default).
 * @example formatUntil({ count: 1, unit: 'day' }) // 'tomorrow'
 * @example formatUntil({ count: 10, unit: 'minute' }) // 'in 10 minutes'
 */
export function formatUntil(interval: Interval, lang = 'en'): string {
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(interval.count, interval.unit);
}
