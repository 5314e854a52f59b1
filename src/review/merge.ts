/**
 * Merging two copies of review states: two tabs that each saved, or an imported progress file.
 * Per item, the copy with the later last review wins: FSRS's state after a review already
 * contains every earlier one, so the latest review is the whole truth about that item, and
 * replaying both is neither possible (the states do not keep their history) nor right (the
 * same recall would count twice). Ratings of different items are never lost, since each item
 * is merged on its own; only the earlier of two ratings of one item is superseded.
 */
import type { ReviewState } from './state';

/**
 * The copy of one item's state to keep: the later `lastReview` (a never-rated copy is the oldest);
 * on a tie, the one with more reviews; on a full tie, `a` (the caller's own copy).
 * @example mergeReviewState({ ...s, lastReview: 5 }, { ...s, lastReview: 9 }) // the second
 */
export function mergeReviewState(a: ReviewState | undefined, b: ReviewState | undefined): ReviewState | undefined {
  if (!a || !b) return a ?? b;
  const lastA = a.lastReview ?? -1;
  const lastB = b.lastReview ?? -1;
  if (lastA !== lastB) return lastA > lastB ? a : b;
  return b.reps > a.reps ? b : a;
}

/** Two maps of item id to state merged item by item (see `mergeReviewState`); neither is changed. */
export function mergeReviewStates(
  a: Readonly<Record<string, ReviewState>>,
  b: Readonly<Record<string, ReviewState>>,
): Record<string, ReviewState> {
  const out: Record<string, ReviewState> = { ...a };
  for (const [id, state] of Object.entries(b)) {
    out[id] = mergeReviewState(out[id], state) ?? state;
  }
  return out;
}
