/**
 * Grading a learner's answer against the expected one. Imported by browser code, so it
 * depends on nothing but `normalise`.
 */
import { normaliseText, parseNumber } from './normalise';

/**
 * True when the typed text equals one of the accepted answers after normalising both the
 * same way (`normaliseText`: keyboard forms folded, trimmed, spaces collapsed, case folded
 * unless `caseSensitive`). Blank input is never right.
 * @example gradeText(' Snowflake  Server', ['snowflake server'], false) // true
 * @example gradeText('don’t', ["don't"], false) // true
 */
export function gradeText(input: string, accept: readonly string[], caseSensitive: boolean): boolean {
  const given = normaliseText(input, caseSensitive);
  if (given === '') return false;
  return accept.some((answer) => normaliseText(answer, caseSensitive) === given);
}

/**
 * True when the typed number is within `tolerance` of `number`. A relative epsilon absorbs
 * floating-point error, so `0.1 + 0.2` counts as `0.3` and `0.4` is within 0.1 of `0.3`,
 * without loosening answers for very small or very large magnitudes.
 * @example gradeNumber('13.4', 13, 0.5) // true
 */
export function gradeNumber(input: string | number, number: number, tolerance: number): boolean {
  const given = typeof input === 'number' ? input : parseNumber(input);
  if (given === null || !Number.isFinite(given)) return false;
  const epsilon = 1e-12 * Math.max(Math.abs(given), Math.abs(number), tolerance);
  return Math.abs(given - number) <= tolerance + epsilon;
}

/**
 * True when exactly the correct choices are selected: no correct one missing, no wrong one
 * picked. Order and repeated indexes do not matter.
 * @example gradeChoices([2, 0], [0, 2]) // true
 */
export function gradeChoices(selected: readonly number[], correct: readonly number[]): boolean {
  const picked = new Set(selected);
  const right = new Set(correct);
  if (picked.size !== right.size) return false;
  for (const index of picked) if (!right.has(index)) return false;
  return true;
}
