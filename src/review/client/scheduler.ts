/**
 * The review page's scheduling, loaded on demand (ts-fsrs is most of the page's code): when
 * the browser is idle after the first item shows, or at once when the learner gets to a rating
 * first. Showing an item needs none of it (`queue.ts` works without ts-fsrs).
 */
import { retention } from 'virtual:mnemo/review';
import { foldProgress } from '../fold';
import type { Interval } from '../interval';
import { previewIntervals } from '../preview';
import type { ReviewRating } from '../ratings';
import { rateItem, type ReviewData } from '../session';
import type { ReviewState } from '../state';
import type { ProgressRecords } from '../unfolded';

// Named imports only: a module namespace passed as a value would cost every page that reads the
// review settings the bundler's namespace helper, a chunk of its own.
const settings = { retention };

/** The intervals each rating would give item `id` in `state` at `now` (ms), for the buttons. */
export function preview(id: string, state: ReviewState | undefined, now: number): Record<ReviewRating, Interval> {
  return previewIntervals(id, state, now, settings);
}

/** The data after the learner rates item `id` at `now` (ms). */
export function rate(data: ReviewData, id: string, rating: ReviewRating, now: number): ReviewData {
  return rateItem(data, id, rating, now, settings);
}

/** The data with the lesson pages' results and ratings folded in, for the guide's items `known`. */
export function fold(data: ReviewData, progress: ProgressRecords, known: ReadonlySet<string>): ReviewData {
  return foldProgress(data, progress, settings, undefined, known);
}
