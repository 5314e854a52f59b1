/**
 * The wording of intervals. Button labels take their unit words from the guide's interface
 * strings (`review.unitMinute`: "{count} min"); the longer forms that screen readers hear and
 * the end of a session's "in 10 minutes" / "tomorrow" come from `Intl`, which speaks every
 * language the browser does.
 */
import type { UiGroup } from '../i18n/en';
import type { Interval, IntervalUnit } from './interval';

/** The interface strings an interval label needs: one template per unit. */
export type UnitWords = Pick<UiGroup<'review'>, 'unitSecond' | 'unitMinute' | 'unitHour' | 'unitDay' | 'unitMonth' | 'unitYear'>;

const KEYS: Record<IntervalUnit, keyof UnitWords> = {
  second: 'unitSecond',
  minute: 'unitMinute',
  hour: 'unitHour',
  day: 'unitDay',
  month: 'unitMonth',
  year: 'unitYear',
};

/**
 * An interval as an answer button's label, in `lang` (a BCP 47 tag) with the guide's unit words.
 * @example formatInterval({ count: 1.5, unit: 'hour' }, en.review) // '1.5 h'
 */
export function formatInterval(interval: Interval, words: UnitWords, lang = 'en'): string {
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(interval.count);
  const template = words[KEYS[interval.unit]];
  return (typeof template === 'string' ? template : template.other).replace('{count}', count);
}

/**
 * An interval spelled out, for the name a screen reader reads on an answer button.
 * @example spellInterval({ count: 3, unit: 'day' }) // '3 days'
 */
export function spellInterval(interval: Interval, lang = 'en'): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: interval.unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(interval.count);
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
