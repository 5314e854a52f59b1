/**
 * The dashboard's words: its interface strings, filled in and pluralised in the guide's
 * language, and the sentence of a row's counts.
 */
import lang from 'virtual:mnemo/lang';
import ui from 'virtual:mnemo/ui/dashboard';
import { text } from '../../i18n/format';
import { plural } from '../../i18n/plural';
import type { Tally } from '../summary';

type Key = keyof typeof ui;

export { lang };

/** A string filled in with `values`. */
export const say = (key: Key, values?: Record<string, string | number>): string => text(ui[key], values);

/** A string in the plural form for `count`, filled in with `values` and `{count}`. */
export const count = (key: Key, n: number, values?: Record<string, string | number>): string => plural(lang, ui[key], n, values);

/** Whole percent of a share, 0 to 100, rounded down so a near miss never reads as more. */
export const percent = (part: number, whole: number): number => (whole > 0 ? Math.floor((part * 100) / whole) : 0);

/**
 * A row's counts in words, e.g. "3 of 5 self-checks answered, 2 right; 1 of 2 flashcards marked “got it”".
 */
export function tallyText(tally: Tally): string {
  const parts: string[] = [];
  if (tally.questions) parts.push(count('answered', tally.questions, { answered: tally.answered, right: tally.right }));
  if (tally.cards) parts.push(count('known', tally.cards, { known: tally.known }));
  return parts.join('; ');
}
