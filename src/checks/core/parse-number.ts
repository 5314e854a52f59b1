/**
 * Reading a typed number as learners of many locales write it. Shared by the build and the
 * browser, so it stays dependency-free and small.
 */
import { foldKeyboardForms } from './keyboard-forms.ts';

// Digit groupings of real locales (CLDR number symbols and patterns): groups of three
// separated by `,` (en, zh, ja), `.` (de, es, it, pt-BR), a space, no-break or narrow
// no-break space (fr, ru, pl, sv), or an apostrophe (de-CH); the decimal separator is then
// the other of `.` and `,`. The first group never starts with 0, so `0,500` is not grouped.
const GROUPED = /^[1-9]\d{0,2}([,. '])\d{3}(?:\1\d{3})*(?:([.,])(\d+))?$/;
// Indian grouping (CLDR en-IN, hi): the last group of three, the others of two: 12,34,567.5.
const INDIAN = /^[1-9]\d?(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
// Times ten to a power: `×10^3`, `x 10^-3`, `·10³`, `*10**3`, `10^(−3)`; the mantissa may be
// left out (`10^3`). Letters e/E are the other notation, handled apart.
const TIMES_TEN = /^(.*?)\s*([×xX·⋅∙*]?)\s*10\s*(?:(?:\^|\*\*)\s*\(\s*([+-]?\d+)\s*\)|(?:\^|\*\*)\s*([+-]?\d+)|([⁺⁻]?[⁰¹²³⁴-⁹]+))$/;
const E_NOTATION = /^(.*?\d\.?)e([+-]?\d+)$/i;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A superscript exponent in ASCII: `⁻³` is `-3`. */
function fromSuperscript(exponent: string): string {
  return [...exponent].map((c) => (c === '⁻' ? '-' : c === '⁺' ? '+' : String(SUPERSCRIPT.indexOf(c)))).join('');
}

/**
 * The unsigned digits of a number as JavaScript reads them (`1234.5`), or null. One `.` is
 * always a decimal point (`1.234` is 1.234). One `,` followed by exactly three digits is a
 * thousands separator (`5,000`, and `1,234` is 1234, as in English); any other single comma
 * is a decimal comma (`1,5`, `0,500`, `1,2345`).
 */
function plainDigits(body: string): string | null {
  if (/^(?:\d+\.?\d*|\.\d+)$/.test(body)) return body;
  if (/^(?:\d+,\d*|,\d+)$/.test(body)) return /^[1-9]\d{0,2},\d{3}$/.test(body) ? body.replace(',', '') : body.replace(',', '.');
  const grouped = GROUPED.exec(body);
  if (grouped) {
    const [, group, decimal, fraction] = grouped;
    if (decimal === group) return null;
    const whole = body.slice(0, decimal ? body.length - fraction!.length - 1 : undefined);
    return whole.split(group!).join('') + (decimal ? `.${fraction}` : '');
  }
  return INDIAN.test(body) ? body.replace(/,/g, '') : null;
}

/**
 * Reads a number the way a learner is likely to type it, or returns null when it is not one.
 * Characters are first folded as for text (`foldKeyboardForms`): digits of any script (`٣`,
 * `۳`, full-width `３`), the Arabic decimal and thousands separators `٫` `٬`, and any dash or
 * minus sign (`−3`). Then, with an optional sign:
 * - decimals with `.` or `,`, and the digit groupings of real locales (see `plainDigits`);
 * - scientific notation: `1e3`, `1E-3`, `1.5×10^3`, `1.5 x 10^3`, `1.5·10³`, `1.5*10^3`, `10^3`.
 * @example parseNumber(' -3.5 ') // -3.5
 * @example parseNumber('1,5') // 1.5 (decimal comma)
 * @example parseNumber('0,500') // 0.5 (no thousands group starts with 0)
 * @example parseNumber('1.234.567,5') // 1234567.5
 * @example parseNumber('5 000') // 5000 (also with a no-break space, or 5'000 as in Switzerland)
 * @example parseNumber('١٢٫٥') // 12.5
 * @example parseNumber('1.5×10³') // 1500
 * @example parseNumber('abc') // null
 */
export function parseNumber(input: string): number | null {
  const text = foldKeyboardForms(input).replace(/\s+/g, ' ').trim();
  let mantissa = text;
  let exponent = '0';
  const power = TIMES_TEN.exec(text);
  const e = E_NOTATION.exec(text);
  if (power) {
    const [, before, times, parenthesised, plain, superscript] = power;
    // Without a multiplication sign only a bare power of ten is read: `10^3`, not `110^3`.
    if (!times && !/^[+-]?$/.test(before!)) return null;
    mantissa = /^[+-]?$/.test(before!) ? `${before}1` : before!;
    exponent = parenthesised ?? plain ?? fromSuperscript(superscript!);
  } else if (e) {
    mantissa = e[1]!;
    exponent = e[2]!;
  }
  const signed = /^([+-]?)(.*)$/.exec(mantissa)!;
  const digits = plainDigits(signed[2]!);
  if (digits === null || !/^[+-]?\d+$/.test(exponent)) return null;
  const value = Number(`${signed[1]}${digits}e${exponent}`);
  return Number.isFinite(value) ? value : null;
}
