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

/**
 * The string with each `{name}` replaced by its value; unknown names stay as written.
 * @example format('Hint {n} of {total}', { n: 1, total: 2 }) // 'Hint 1 of 2'
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A string that takes no count: plural forms use their `other` form.
 * @example text('Check') // 'Check'
 */
export function text(value: string | Plural, values?: Record<string, string | number>): string {
  return format(typeof value === 'string' ? value : value.other, values);
}
