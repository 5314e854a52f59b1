/**
 * Review on every page, loaded when the browser is idle by the header (`DueCount.astro`): the
 * due count, and review data kept in step with progress. Any change to progress (a question
 * answered, a card rated, a reset, here or in another tab) hands over to `sync.ts`, loaded then,
 * which folds lesson-page results into the schedule and takes reset items out of review. So
 * nothing on a lesson page needs review code of its own.
 */
import * as config from 'virtual:mnemo/review';
import sync from 'virtual:mnemo/review-module/sync';
import { onProgress } from '../../checks/client/events';
import './due-count';

onProgress(config.progressKey, (change) => {
  void (import(/* @vite-ignore */ sync) as Promise<typeof import('./sync')>).then((module) => module.follow(change));
});
