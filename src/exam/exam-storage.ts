/**
 * Saving exam attempts in the browser under `studyKeys(base).exams`, like the progress and
 * review stores: every change starts from what storage holds at that moment (another tab's
 * attempt merged in, `mergeExamStores`), nothing throws, failed saves are reported, a value
 * that cannot be read is kept aside before it is written over, and a newer version's value is
 * never written over. Pure apart from the storage it is given. Browser-safe.
 */
import { emptyExamStore, EXAM_STORE_VERSION, mergeExamStores, parseExamStore, type ExamStore } from './attempt-store';

/** The part of the Web Storage API the store uses. */
export type ExamStorageArea = Pick<Storage, 'getItem' | 'setItem'>;

/** Reading and changing one guide's exam attempts. */
export interface ExamStorage {
  /** The saved attempts; empty when nothing (usable) is stored. */
  read(): ExamStore;
  /**
   * Applies `change` to the attempts as stored now and saves the result merged with what is
   * stored (so another tab's attempts are kept). Returns what is now stored (also when saving
   * failed: then what would have been).
   */
  update(change: (store: ExamStore) => ExamStore): ExamStore;
}

/** Whether a stored value is a later version of the exam store (it must not be written over). */
function isNewer(raw: string): boolean {
  try {
    const v = (JSON.parse(raw) as { v?: unknown } | null)?.v;
    return typeof v === 'number' && v > EXAM_STORE_VERSION;
  } catch {
    return false;
  }
}

/**
 * A store over `storage` (null when the browser gives none) under `key`.
 * @example createExamStorage(localStorage, studyKeys('/guide/').exams).update((s) => ({ ...s, layout: 'all' }))
 */
export function createExamStorage(storage: ExamStorageArea | null, key: string, onWriteFailure?: (error: unknown) => void): ExamStorage {
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
  const read = (): ExamStore => {
    const raw = get(key);
    if (raw === null) return emptyExamStore();
    const parsed = parseExamStore(raw);
    if (parsed) {
      frozen = false;
      return parsed;
    }
    if (isNewer(raw)) {
      frozen = true;
      return emptyExamStore();
    }
    // Unreadable: keep it aside (once), and write over it only if that worked.
    frozen = get(`${key}:damaged`) === null ? !set(`${key}:damaged`, raw) : false;
    return emptyExamStore();
  };
  return {
    read,
    update(change) {
      const stored = read();
      const merged = mergeExamStores(change(stored), stored);
      if (frozen) onWriteFailure?.(new Error('The stored exam attempts were written by a newer version of Mnemo; they are left as they are.'));
      else set(key, JSON.stringify(merged));
      return merged;
    },
  };
}
