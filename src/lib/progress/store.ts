/**
 * Saving progress in the browser. Pure apart from the storage it is given, so it runs in
 * unit tests with a fake; every storage error is swallowed, because a page must work the
 * same when storage is full, blocked or missing (progress is then simply not kept).
 */
import { emptyProgress, parseProgress, PROGRESS_VERSION, type CardRating, type CardRecord, type Progress, type QuestionResult } from './schema';

/** The part of the Web Storage API the store uses. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The storage key of a guide's progress: namespaced, versioned, and distinct per guide on
 * one origin by the guide's base path (two guides cannot share a base on one origin). The
 * title is left out on purpose, so retitling a guide keeps its learners' progress.
 * @example progressKey('/guide/') // 'mnemo:v1:progress:/guide/'
 */
export function progressKey(base: string): string {
  return `mnemo:v${PROGRESS_VERSION}:progress:${base}`;
}

/** Reading and changing one guide's saved progress. */
export interface ProgressStore {
  /** The saved progress; empty when nothing (usable) is stored. */
  read(): Progress;
  /** Records a question's latest result. */
  recordResult(id: string, result: QuestionResult): void;
  /** Adds a rating to a card and returns its updated record. */
  rateCard(id: string, rating: CardRating): CardRecord;
  /** Forgets the given questions and cards (one lesson's reset). */
  forget(ids: readonly string[]): void;
  /** Forgets everything saved for the guide. */
  clear(): void;
}

/**
 * A card's record after one more rating.
 * @example addRating(undefined, 'got', 5) // { again: 0, got: 1, last: 'got', at: 5 }
 */
export function addRating(record: CardRecord | undefined, rating: CardRating, at: number): CardRecord {
  const again = (record?.again ?? 0) + (rating === 'again' ? 1 : 0);
  const got = (record?.got ?? 0) + (rating === 'got' ? 1 : 0);
  return { again, got, last: rating, at };
}

/**
 * A store over `storage` (null when the browser gives none) under `key`. Every change
 * re-reads storage first, so changes made in another tab meanwhile are kept.
 */
export function createProgressStore(storage: ProgressStorage | null, key: string, now: () => number = Date.now): ProgressStore {
  const attempt = (action: (s: ProgressStorage) => void) => {
    try {
      if (storage) action(storage);
    } catch {
      // Blocked, full or broken storage: progress is not kept, the page goes on.
    }
  };
  const read = (): Progress => {
    let raw: string | null = null;
    try {
      raw = storage ? storage.getItem(key) : null;
    } catch {
      // Reading is blocked: behave as if nothing was saved.
    }
    if (raw === null) return emptyProgress();
    const progress = parseProgress(raw);
    if (!progress) attempt((s) => s.removeItem(key));
    return progress ?? emptyProgress();
  };
  const update = (change: (progress: Progress) => void) => {
    const progress = read();
    change(progress);
    attempt((s) => s.setItem(key, JSON.stringify(progress)));
  };
  return {
    read,
    recordResult(id, result) {
      update((p) => (p.questions[id] = { result, at: now() }));
    },
    rateCard(id, rating) {
      const at = now();
      let record = addRating(undefined, rating, at);
      update((p) => (record = p.cards[id] = addRating(p.cards[id], rating, at)));
      return record;
    },
    forget(ids) {
      update((p) => {
        for (const id of ids) {
          delete p.questions[id];
          delete p.cards[id];
        }
      });
    },
    clear() {
      attempt((s) => s.removeItem(key));
    },
  };
}
