/**
 * Grading a fill-in-the-blank question in the browser (and in exams): each blank as a typed
 * answer (`gradeTyped`). Browser-safe.
 */
import type { Grade } from '../../render/types';
import type { Blank } from '../../schema';
import { gradeTyped } from '../typed/grade';

/** What the browser knows of a fill-in-the-blank question: each blank's expected answer. */
export interface BlanksClient {
  kind: 'blanks';
  blanks: Blank[];
}

/**
 * Grades what was typed in each blank, in order (a missing entry counts as empty). Right only
 * when every blank is; `parts` says which are.
 * @example gradeBlanks({ kind: 'blanks', blanks: [tag, digest] }, ['tag', '']) // { right: false, parts: [true, false] }
 */
export function gradeBlanks(spec: BlanksClient, inputs: readonly string[]): Grade {
  const parts = spec.blanks.map((blank, n) => gradeTyped(blank, inputs[n] ?? '').right);
  return { right: parts.length > 0 && parts.every(Boolean), parts };
}
