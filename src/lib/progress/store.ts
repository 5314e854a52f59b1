/**
 * Saving progress in the browser. Pure apart from the storage it is given, so it runs in
 * unit tests with a fake. A page works the same when storage is full, blocked or missing
 * (progress is then not kept, and `onWriteFailure` hears of it); and stored progress is
 * never lost: an older version is migrated, a newer one is left unwritten, and a value that
 * cannot be read is kept aside under `damagedKey` before anything is written over it.
 */
import { LEGACY_KEYS, migrateProgress } from './migrate';
import { addRating } from './rating';
import { emptyProgress, type CardRating, type CardRecord, type Progress, type QuestionResult } from './schema';

export { addRating };

/** The part of the Web Storage API the store uses. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'mnemo:progress:';

/**
 * The storage key of a guide's progress: namespaced, and distinct per guide on one origin by
 * the guide's base path. The version lives in the value, so an upgrade migrates in place.
 * The title is left out on purpose, so retitling a guide keeps its learners' progress.
 * @example progressKey('/guide/') // 'mnemo:progress:/guide/'
 */
export function progressKey(base: string): string {
  return `${PREFIX}${base}`;
}

/** Where a stored value that cannot be read is kept, so that it is never lost. */
export function damagedKey(key: string): string {
  return `${key}:damaged`;
}

/** Reading and changing one guide's saved progress. */
export interface ProgressStore {
  /** The saved progress; empty when nothing (usable) is stored. */
  read(): Progress;
  /** Records a question's latest result; `hinted` when a hint was shown before it. */
  recordResult(id: string, result: QuestionResult, hinted?: boolean): void;
  /** Adds a rating to a card and returns its updated record. */
  rateCard(id: string, rating: CardRating): CardRecord;
  /** Forgets the given questions and cards (one lesson's reset). */
  forget(ids: readonly string[]): void;
  /** Forgets everything saved for the guide. */
  clear(): void;
}

/** What the store was told about storage: every failure to save, for the "not saved" notice. */
export interface StoreOptions {
  now?: () => number;
  onWriteFailure?: (error: unknown) => void;
}

/**
 * A store over `storage` (null when the browser gives none) under `key`. Every change
 * re-reads storage first, so changes made in another tab meanwhile are kept.
 */
export function createProgressStore(storage: ProgressStorage | null, key: string, options: StoreOptions | (() => number) = {}): ProgressStore {
  const { now = Date.now, onWriteFailure } = typeof options === 'function' ? { now: options } : options;
  const base = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : undefined;
  /** Set when the stored value must not be written over (a newer version, or one not kept aside). */
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
  const remove = (k: string) => {
    try {
      storage?.removeItem(k);
    } catch {
      // Blocked storage: nothing to remove, the page goes on.
    }
  };
  const parse = (raw: string): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  };
  /** The value of an earlier version's key, migrated and moved under the current key. */
  const fromLegacy = (): Progress | undefined => {
    if (base === undefined) return undefined;
    for (const version of Object.keys(LEGACY_KEYS).map(Number).sort((a, b) => b - a)) {
      const legacy = LEGACY_KEYS[version]!(base);
      const raw = get(legacy);
      const migrated = raw === null ? undefined : migrateProgress(parse(raw));
      if (!migrated) continue;
      // The old value goes only once the new one is safely stored.
      if (set(key, JSON.stringify(migrated.progress))) remove(legacy);
      return migrated.progress;
    }
    return undefined;
  };
  const read = (): Progress => {
    const raw = get(key);
    if (raw === null) return fromLegacy() ?? emptyProgress();
    const migrated = migrateProgress(parse(raw));
    if (migrated) {
      frozen = migrated.newer;
      return migrated.progress;
    }
    // Unreadable: keep it aside (once), and write over it only if that worked.
    frozen = get(damagedKey(key)) === null ? !set(damagedKey(key), raw) : false;
    return emptyProgress();
  };
  const update = (change: (progress: Progress) => void) => {
    const progress = read();
    change(progress);
    if (frozen) onWriteFailure?.(new Error('The stored progress was written by a newer version of Mnemo; it is left as it is.'));
    else set(key, JSON.stringify(progress));
  };
  return {
    read,
    recordResult(id, result, hinted = false) {
      update((p) => {
        const attempts = (p.questions[id]?.attempts ?? 0) + 1;
        p.questions[id] = hinted ? { result, at: now(), attempts, hinted } : { result, at: now(), attempts };
      });
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
      remove(key);
    },
  };
}
