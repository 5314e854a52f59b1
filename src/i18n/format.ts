/**
 * Filling in interface strings: `{name}` placeholders and plural forms. Browser-safe and
 * tiny: every script that shows words imports it.
 */

/**
 * Plural forms of one string, chosen by `Intl.PluralRules` of the guide's language (CLDR
 * categories). `other` is required; languages use the categories they need (`one`, `few`,
 * `many` in Russian; only `other` in Chinese and Japanese).
 */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the guide's language writes it (`Intl.NumberFormat` of `lang`, a BCP 47 tag):
 * digit grouping, decimal sign and digits of that language.
 * @example formatNumber(1234.5, 'de') // '1.234,5'
 * @example formatNumber(12, 'ar-EG') // '١٢'
 */
export function formatNumber(value: number, lang: string): string {
  let formatter = numberFormats.get(lang);
  if (!formatter) numberFormats.set(lang, (formatter = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 })));
  return formatter.format(value);
}

/**
 * The string with each `{name}` replaced by its value; unknown names stay as written. With
 * `lang`, numbers are written as that language writes them (`formatNumber`); without it,
 * as JavaScript does, for values that are not shown to learners.
 * @example format('Hint {n} of {total}', { n: 1, total: 2 }) // 'Hint 1 of 2'
 * @example format('{count} lessons', { count: 1200 }, 'fr') // '1 200 lessons' (narrow no-break space)
 */
export function format(template: string, values: Record<string, string | number> = {}, lang?: string): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name]!;
    return typeof value === 'number' && lang ? formatNumber(value, lang) : String(value);
  });
}

/**
 * A string that takes no count: plural forms use their `other` form.
 * @example text('Check') // 'Check'
 */
export function text(value: string | Plural, values?: Record<string, string | number>, lang?: string): string {
  return format(typeof value === 'string' ? value : value.other, values, lang);
}
