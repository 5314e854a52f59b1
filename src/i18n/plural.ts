/**
 * Plural forms of interface strings, chosen with `Intl.PluralRules` of the guide's language.
 * Apart from `format.ts` so that scripts which only fill in values stay small.
 */
import { format, type Plural } from './format.ts';

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of `text` for `count` in `lang`, filled in with `values` and `{count}`, numbers
 * written as `lang` writes them. A plain string is used for every count.
 * @example plural('en', { one: '{count} lesson', other: '{count} lessons' }, 3) // '3 lessons'
 */
export function plural(lang: string, text: string | Plural, count: number, values: Record<string, string | number> = {}): string {
  if (typeof text === 'string') return format(text, { ...values, count }, lang);
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const form = text[rule.select(count)] ?? text.other;
  return format(form, { ...values, count }, lang);
}
