/**
 * Normalising what a learner typed before it is compared with an expected answer.
 * Shared by the build (manifest, answer keys) and the browser (grading), so it stays
 * dependency-free and tiny.
 */

/**
 * Puts a typed answer into the form used for comparison: Unicode NFC (so an `é` typed as
 * `e` + combining accent equals a precomposed `é`), trimmed, whitespace runs collapsed to
 * one space, and lowercased unless the answer is case-sensitive.
 * @example normaliseText('  Blue   Green ', false) // 'blue green'
 */
export function normaliseText(s: string, caseSensitive: boolean): string {
  const collapsed = s.normalize('NFC').trim().replace(/\s+/g, ' ');
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

// Optional sign, digits with an optional fraction (or a bare fraction), optional exponent.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a number the way a learner is likely to type it, or returns null when it is not one.
 * A single comma with no dot is a decimal comma (`1,5` is 1.5), because many learners
 * write decimals that way; the typographic minus `−` counts as `-`.
 * @example parseNumber(' -3.5 ') // -3.5
 * @example parseNumber('+1e3') // 1000
 * @example parseNumber('5,000') // 5000 (digit groups)
 * @example parseNumber('1,5') // 1.5 (decimal comma)
 * @example parseNumber('abc') // null
 */
export function parseNumber(input: string): number | null {
  let s = input.trim().replace(/^\u2212/, '-');
  // Digit groups: "5,000", "1,234,567.5" and "5 000" are thousands; a lone comma that is not
  // followed by exactly three digits ("1,5") is a decimal comma.
  if (/^[+-]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/[, \u00a0\u202f]/g, '');
  else if (s.includes(',')) {
    if (s.includes('.') || s.indexOf(',') !== s.lastIndexOf(',')) return null;
    s = s.replace(',', '.');
  }
  if (!NUMBER.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}
