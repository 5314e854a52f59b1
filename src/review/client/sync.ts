/**
 * Review data following progress (see `watch.ts`), loaded on the first change of progress on a
 * page: it holds the scheduler. A lesson's reset takes its items out of review (a reset of the
 * whole guide is followed by `watch.ts` itself, at once); any other change folds
 * the lesson pages' new results and ratings into the schedule (`fold.ts`). Each change starts
 * from storage as it is at that moment, so running it twice, or in two tabs, changes nothing more.
 */
import { retention } from 'virtual:mnemo/review';
import type { ProgressChange } from '../../checks/client/events';
import { foldProgress } from '../fold';
import { unfolded } from '../unfolded';
import { readProgress, readReview } from './read';
import { openReview } from './storage';

/** Follows one change of progress. */
export function follow(change: ProgressChange): void {
  const { reset } = change;
  if (reset === 'all') return;
  // Another tab's lesson reset is followed by that tab.
  if (reset) openReview().forget(reset);
  else if (unfolded(readProgress(), readReview().states).length) openReview().update((data) => foldProgress(data, readProgress(), { retention }));
}
