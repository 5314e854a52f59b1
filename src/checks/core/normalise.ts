/**
 * Normalising what a learner typed before it is compared with an expected answer.
 * Shared by the build (manifest, answer keys) and the browser (grading), so it stays
 * dependency-free and tiny. The character rules live in `keyboard-forms`, numbers in
 * `parse-number`; the learner-facing rule is written down in docs/self-checks.md.
 */
import { foldKeyboardForms } from './keyboard-forms.ts';

export { parseNumber } from './parse-number.ts';

/**
 * Puts a typed answer into the form used for comparison: the forms of one character that
 * keyboards write are folded to one (`foldKeyboardForms`: typographic apostrophes and
 * quotes, dashes, full-width letters and digits, digits of any script, in Unicode NFC),
 * trimmed, whitespace runs (ideographic and no-break spaces too) collapsed to one space,
 * and, unless the answer is case-sensitive, case folded: lowercase, with `ß` as `ss` and
 * the final sigma `ς` as `σ`, as Unicode's full case folding does (CaseFolding.txt).
 * @example normaliseText('  Blue   Green ', false) // 'blue green'
 * @example normaliseText('Don’t', false) // "don't"
 * @example normaliseText('ＮａＣｌ', true) // 'NaCl'
 * @example normaliseText('STRASSE', false) === normaliseText('Straße', false) // true
 */
export function normaliseText(s: string, caseSensitive: boolean): string {
  const collapsed = foldKeyboardForms(s).trim().replace(/\s+/g, ' ');
  return caseSensitive ? collapsed : collapsed.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}
