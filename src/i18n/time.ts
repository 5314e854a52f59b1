/**
 * Dates and durations shown to learners, written as the guide's language writes them
 * (`Intl.DateTimeFormat`, `Intl.NumberFormat` units, `Intl.ListFormat`). Browser-safe and
 * dependency-free: study pages (exam results, review) import what they show.
 */

type UnitStyle = 'long' | 'short' | 'narrow';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
/** One formatter per language and options, made once: creating them is the slow part. */
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/**
 * A day as `lang` writes it, in its medium length.
 * @param when A `Date`, or ms since the epoch.
 * @example formatDate(Date.UTC(2026, 10, 30, 12), 'en') // 'Nov 30, 2026'
 * @example formatDate(Date.UTC(2026, 10, 30, 12), 'de') // '30.11.2026'
 * @example formatDate(Date.UTC(2026, 10, 30, 12), 'zh') // '2026年11月30日'
 */
export function formatDate(when: Date | number, lang: string): string {
  return cached(`date ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(when);
}

/**
 * A duration in hours, minutes and seconds as `lang` writes them, largest unit first, zero
 * units left out, seconds only under ten minutes (an exam's time is not read to the second).
 * @param ms The duration in milliseconds; rounded down to whole seconds.
 * @example formatDuration(3_900_000, 'en') // '1 hour, 5 minutes'
 * @example formatDuration(3_900_000, 'ru', 'short') // '1 ч 5 мин'
 * @example formatDuration(0, 'fr') // '0 seconde'
 */
export function formatDuration(ms: number, lang: string, style: UnitStyle = 'long'): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const amounts: [Intl.NumberFormatOptions['unit'] & string, number][] = [
    ['hour', Math.floor(seconds / 3600)],
    ['minute', Math.floor(seconds / 60) % 60],
    ['second', seconds < 600 ? seconds % 60 : 0],
  ];
  const shown = amounts.filter(([, amount]) => amount > 0);
  const parts = (shown.length ? shown : [amounts[2]!]).map(([unit, amount]) =>
    cached(`${unit} ${style} ${lang}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: style })).format(amount),
  );
  return cached(`list ${style} ${lang}`, () => new Intl.ListFormat(lang, { type: 'unit', style })).format(parts);
}
