/**
 * Grading a matching question in the browser (and in exams): each prompt is right when the
 * answer chosen for it is its own. Browser-safe.
 */
import type { Grade } from '../../render/types';

/** What the browser knows of a matching question. */
export interface MatchClient {
  kind: 'match';
  /**
   * For each prompt, in authored order, the index of its answer among the question's
   * distinct answers (`matchAnswers`); prompts that share an answer share an index.
   */
  key: number[];
}

/**
 * The distinct answers of the pairs, in the order first written: the options of every prompt.
 * @example matchAnswers([{ prompt: 'a', answer: 'x' }, { prompt: 'b', answer: 'x' }]) // ['x']
 */
export function matchAnswers(pairs: readonly { answer: string }[]): string[] {
  return [...new Set(pairs.map((pair) => pair.answer))];
}

/**
 * Grades the answer chosen for each prompt (an index into the distinct answers, or -1 for
 * none). Right only when every prompt has its own answer; `parts` says which do.
 * @example gradeMatch({ kind: 'match', key: [0, 1] }, [0, -1]) // { right: false, parts: [true, false] }
 */
export function gradeMatch(spec: MatchClient, chosen: readonly number[]): Grade {
  const parts = spec.key.map((answer, n) => chosen[n] === answer);
  return { right: parts.length > 0 && parts.every(Boolean), parts };
}
