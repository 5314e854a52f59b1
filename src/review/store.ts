/**
 * Saving review data in the browser: each item's state and the day's new cards, one JSON
 * value per guide (`studyKeys(base).review`), versioned in the value. Every change starts from
 * what storage holds at that moment, so two tabs reviewing at once lose no rating.
 * Like the progress store, it never throws, reports failed saves, keeps a value it cannot
 * read aside before writing over it, and never writes over a newer version's value.
 */
import { readNewCardLog } from './new-cards';
import { readReviewStates } from './read-state';
import type { ReviewData } from './session';

/** Version of the stored review value. */
export const REVIEW_VERSION = 1;

/** The part of the Web Storage API the store uses. */
export type ReviewStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reading and changing one guide's review data. */
export interface ReviewStore {
  /** The saved data; empty when nothing (usable) is stored. */
  read(): ReviewData;
  /**
   * Applies `change` to the data as stored now (another tab's changes included) and saves the
   * result. Returns the new data (also when saving failed).
   */
  update(change: (data: ReviewData) => ReviewData): ReviewData;
  /** Forgets the given items (a lesson's reset). */
  forget(ids: readonly string[]): void;
  /** Forgets every item and the day's new cards (the guide's reset). A value kept aside as damaged stays. */
  clear(): void;
}

/**
 * The review data in a stored string: valid items kept, malformed ones left out; undefined
 * when it is not a review value of a version this code reads, `newer` when a later Mnemo wrote it.
 */
export function parseReviewData(raw: string): { data: ReviewData; newer: boolean } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || !Number.isInteger((value as { v?: unknown }).v)) return undefined;
  const { v, states, newCards, missing } = value as { v: number; states?: unknown; newCards?: unknown; missing?: unknown };
  if (v < 1) return undefined;
  const data: ReviewData = { states: readReviewStates(states) };
  const log = readNewCardLog(newCards);
  if (log) data.newCards = log;
  if (Array.isArray(missing)) data.missing = missing.filter((id): id is string => typeof id === 'string');
  return { data, newer: v > REVIEW_VERSION };
}

/**
 * A store over `storage` (null when the browser gives none) under `key`.
 * @example createReviewStore(localStorage, studyKeys('/guide/').review).update((data) => rateItem(data, id, 'good', Date.now(), settings))
 */
export function createReviewStore(storage: ReviewStorage | null, key: string, onWriteFailure?: (error: unknown) => void): ReviewStore {
  let frozen = false;
  const get = (k: string): string | null => {
    try {
      return storage ? storage.getItem(k) : null;
    } catch {
      return null;
    }
  };
  const set = (k: string, value: string): boolean => {
    try {
      if (!storage) throw new Error('This browser gives the page no storage.');
      storage.setItem(k, value);
      return true;
    } catch (error) {
      onWriteFailure?.(error);
      return false;
    }
  };
  const read = (): ReviewData => {
    const raw = get(key);
    if (raw === null) return { states: {} };
    const parsed = parseReviewData(raw);
    if (parsed) {
      frozen = parsed.newer;
      return parsed.data;
    }
    frozen = get(`${key}:damaged`) === null ? !set(`${key}:damaged`, raw) : false;
    return { states: {} };
  };
  const save = (data: ReviewData): void => {
    if (frozen) onWriteFailure?.(new Error('The stored review data was written by a newer version of Mnemo; it is left as it is.'));
    else set(key, JSON.stringify({ v: REVIEW_VERSION, ...data }));
  };
  return {
    read,
    update(change) {
      const changed = change(read());
      save(changed);
      return changed;
    },
    forget(ids) {
      const data = read();
      const states = { ...data.states };
      for (const id of ids) delete states[id];
      save({ ...data, states });
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Blocked storage holds nothing to clear.
      }
    },
  };
}
