/**
 * Grading a choice question in the browser (and in exams): right only when exactly the
 * correct choices are picked. Browser-safe.
 */
import type { Grade } from '../../render/types';

/** What the browser knows of a choice question: which choices are correct, and whether to shuffle. */
export interface ChoiceClient {
  kind: 'single' | 'multiple';
  /** Indexes (authored order) of the correct choices. */
  correct: number[];
  /** Whether the choices are shown in random order (the author's setting, else the guide's). */
  shuffle: boolean;
}

/**
 * Right when exactly the correct choices are picked: none missing, no wrong one. Order and
 * repeated indexes do not matter. `parts` marks each choice as rightly picked or left.
 * @example gradeChoice({ kind: 'multiple', correct: [0, 2], shuffle: false }, [2, 0], 3) // { right: true, ... }
 */
export function gradeChoice(spec: ChoiceClient, picked: readonly number[], count: number): Grade {
  const chosen = new Set(picked);
  const right = new Set(spec.correct);
  const parts = Array.from({ length: count }, (_, n) => chosen.has(n) === right.has(n));
  return { right: parts.every(Boolean) && chosen.size > 0, parts };
}
