/**
 * Review on every page, loaded when the browser is idle by the header (`DueCount.astro`): the
 * due count, and review data kept in step with progress. A reset of the whole guide clears the
 * review data at once, here: were it left to code still loading, it could clear what was saved
 * after the reset (an import made right after "Reset everything" lost its review schedule so).
 * Any other change to progress (a question answered, a card rated, a lesson reset, here or in
 * another tab) hands over to `sync.ts`, loaded then, which folds lesson-page results into the
 * schedule and takes reset items out of review. So nothing on a lesson page needs review code
 * of its own.
 */
import * as config from 'virtual:mnemo/review';
import sync from 'virtual:mnemo/review-module/sync';
import { onProgress } from '../../checks/client/events';
import { MnemoDue } from './due-count';

onProgress(config.progressKey, (change) => {
  if (change.reset === 'all') {
    try {
      localStorage.removeItem(config.reviewKey);
    } catch {
      // Blocked storage holds no review data.
    }
  } else void (import(/* @vite-ignore */ sync) as Promise<typeof import('./sync')>).then((module) => module.follow(change));
});

// Defined only now, so that on a reset of the whole guide the review data is gone before the
// count reads it again.
customElements.define('mnemo-due', MnemoDue);
