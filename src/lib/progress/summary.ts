/**
 * Counting saved progress for the badges and the lesson header. Kept apart from the store
 * and from the question code, because it runs on every page that lists lessons.
 */
import type { Progress } from './schema';

/**
 * How many of `ids` were last answered right.
 * @example countRight(progress, ['q1', 'q2']) // 1
 */
export function countRight(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => progress.questions[id]?.result === 'right').length;
}

/** How many of the cards `ids` were last rated "got it". */
export function countKnown(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => progress.cards[id]?.last === 'got').length;
}
