/**
 * Grading a typed answer in the browser (and in exams): text after normalising, numbers
 * within a tolerance. Browser-safe.
 */
import { gradeNumber, gradeText } from '../../core/grade';
import type { Grade } from '../../render/types';

/** What the browser knows of a typed text question. */
export interface TextClient {
  kind: 'text';
  accept: string[];
  caseSensitive: boolean;
}

/** What the browser knows of a typed number question. */
export interface NumberClient {
  kind: 'number';
  number: number;
  /** Absolute, in the answer's unit. */
  tolerance: number;
}

/**
 * Grades what the learner typed (see `gradeText` and `gradeNumber` for the rules).
 * @example gradeTyped({ kind: 'number', number: 13, tolerance: 0.5 }, '13,4') // { right: true }
 */
export function gradeTyped(spec: TextClient | NumberClient, input: string): Grade {
  const right = spec.kind === 'number' ? gradeNumber(input, spec.number, spec.tolerance) : gradeText(input, spec.accept, spec.caseSensitive);
  return { right };
}
