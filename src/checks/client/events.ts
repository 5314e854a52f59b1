/**
 * The page-wide events self-check elements talk through, so a badge, a question and a
 * card never need each other's code. Tiny on purpose: the progress badges on every page
 * import it.
 */

/** Fired on `document` after any change to saved progress. */
export const PROGRESS_EVENT = 'mnemo:progress';

/** Fired (bubbling) by a flashcard after it is rated, so its deck can move on. */
export const RATED_EVENT = 'mnemo:rated';

/**
 * What changed: which guide, and which ids were reset (`'all'` for the whole guide). A change
 * made in another tab says only that it came from there (`elsewhere`); an element that had
 * saved progress reads the store to see whether it is gone.
 */
export interface ProgressChange {
  key: string;
  reset?: readonly string[] | 'all';
  elsewhere?: boolean;
}

/** Announces a change to saved progress. */
export function announceProgress(change: ProgressChange): void {
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: change }));
}

/** Calls `listener` after each change to `key`'s progress, in this tab or another one. */
export function onProgress(key: string, listener: (change: ProgressChange) => void): void {
  document.addEventListener(PROGRESS_EVENT, (event) => {
    const change = (event as CustomEvent<ProgressChange>).detail;
    if (change.key === key) listener(change);
  });
  window.addEventListener('storage', (event) => {
    // A null key means another tab cleared all storage.
    if (event.key === key || event.key === null) listener({ key, reset: event.newValue === null ? 'all' : undefined, elsewhere: true });
  });
}

/**
 * Whether a change resets the self-check `id`. `stillSaved` says whether its progress is still
 * in the store: asked only for a change made in another tab, for a check that had progress.
 */
export function resets(change: ProgressChange, id: string, hadProgress = false, stillSaved?: () => boolean): boolean {
  if (change.reset === 'all' || (change.reset?.includes(id) ?? false)) return true;
  return !!change.elsewhere && hadProgress && !!stillSaved && !stillSaved();
}

/** The space-separated ids of a data attribute as a list. */
export function idList(value: string | undefined): string[] {
  return value ? value.split(' ').filter(Boolean) : [];
}
