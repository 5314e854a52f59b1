/**
 * Loading the review page's scheduler (`scheduler.ts`, mostly ts-fsrs) once, on demand: the
 * page shows its first item without it and asks for it when the browser is idle, or at once
 * when the learner reaches a rating first.
 */
import schedulerModule from 'virtual:mnemo/review-module/scheduler';
import type { ReviewStore } from '../store';
import { unfolded } from '../unfolded';
import { readProgress } from './read';

/** The scheduler module's exports. */
export type Scheduler = typeof import('./scheduler');

let loading: Promise<Scheduler> | undefined;

/** The scheduler, loaded on the first call; later calls share the same promise. */
export const scheduler = (): Promise<Scheduler> => (loading ??= import(/* @vite-ignore */ schedulerModule) as Promise<Scheduler>);

/** Resolves when the browser is idle (after a short delay where it cannot tell, as in Safari). */
export const idle = (): Promise<void> =>
  new Promise((done) => (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500)))(() => done()));

/**
 * Folds into `store` the lesson-page results the every-page script has not folded in yet, for
 * the guide's items `known`; loads the scheduler only when there are any.
 */
export async function catchUp(store: ReviewStore, known: ReadonlySet<string>): Promise<void> {
  if (!unfolded(readProgress(), store.read().states).some((entry) => known.has(entry.id))) return;
  const { fold } = await scheduler();
  store.update((data) => fold(data, readProgress(), known));
}
