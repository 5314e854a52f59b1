/**
 * What this page could not save. Tiny, because every page's notice and progress badges read
 * it: the values live on `globalThis` under a registered symbol, so every script of the page
 * sees the same ones whichever bundle it came in.
 */

/** Fired on `document` whenever a save fails (storage full, blocked, or a newer value in the way). */
export const UNSAVED_EVENT = 'mnemo:unsaved';

/** This page's failed saves. */
export interface Unsaved {
  /** The last value each key could not be saved with; read back in its place until a save works. */
  values: Map<string, string>;
  /** Whether any save has failed on this page. */
  failed: boolean;
}

const KEY = Symbol.for('mnemo.unsaved');

/** This page's failed saves (one object per page). */
export function unsaved(): Unsaved {
  const holder = globalThis as { [KEY]?: Unsaved };
  return (holder[KEY] ??= { values: new Map(), failed: false });
}

/**
 * Reports a failed save, for every store's `onWriteFailure`: the notice that progress is not
 * being kept shows on the page.
 */
export function reportUnsaved(error?: unknown): void {
  unsaved().failed = true;
  document.dispatchEvent(new CustomEvent(UNSAVED_EVENT, { detail: error }));
}
