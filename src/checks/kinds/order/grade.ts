/**
 * Grading an ordering question in the browser (and in exams): each position is right when
 * it holds the step the author wrote there. Browser-safe.
 */
import type { Grade } from '../../render/types';

/** What the browser knows of an ordering question: the steps' right order is their authored order. */
export interface OrderClient {
  kind: 'order';
}

/**
 * Grades an arrangement, given as the authored index of the step at each position. Right
 * only when every step is where the author wrote it; `parts` says, per position, whether
 * its step is in its place.
 * @example gradeOrder([1, 0, 2]) // { right: false, parts: [false, false, true] }
 */
export function gradeOrder(order: readonly number[]): Grade {
  const parts = order.map((step, position) => step === position);
  return { right: parts.length > 0 && parts.every(Boolean), parts };
}
