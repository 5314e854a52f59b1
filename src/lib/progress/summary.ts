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

/** The progress sentence of a lesson or guide, e.g. "3 of 7 self-checks answered correctly". */
export function progressSentence(right: number, total: number): string {
  return `${right} of ${total} self-check${total === 1 ? '' : 's'} answered correctly`;
}

/** The flashcard part of a lesson's progress, e.g. "2 of 5 flashcards marked “got it”". */
export function cardsSentence(known: number, total: number): string {
  return `${known} of ${total} flashcard${total === 1 ? '' : 's'} marked “got it”`;
}
