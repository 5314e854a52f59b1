/**
 * Importing a checked progress file into the browser's storage: merged item by item with what
 * is stored, then written all at once or not at all. Pure apart from the storage it is given.
 */
import type { StudyKeys } from '../lib/progress/keys';
import { damagedKey } from '../lib/progress/store';
import { mergeLearnerData } from './merge';
import type { CheckedFile } from './read-file';
import { CHECKERS, PARTS, type LearnerValues } from './values';

/** The part of the Web Storage API an import uses. */
export type ImportStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How an import went. */
export type ImportOutcome =
  /** Applied: items taken from the file, items kept because they are newer here, items of the file left out as malformed. */
  | { ok: true; taken: number; kept: number; dropped: number }
  /** Nothing changed: a value stored here was written by a newer Mnemo, and is left as it is. */
  | { ok: false; reason: 'storedNewer' }
  /** Nothing changed: the browser refused to save (storage full or blocked). */
  | { ok: false; reason: 'notSaved' };

/** One write of an import: a key and its new value. */
interface Write {
  key: string;
  value: string;
}

const read = (storage: ImportStorage, key: string): string | null => {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
};

/**
 * Writes every value, or, when one write fails, puts back what each key held before, so an
 * import is never half applied. True when every write succeeded.
 */
export function writeAll(storage: ImportStorage, writes: readonly Write[]): boolean {
  const before = writes.map((w) => read(storage, w.key));
  for (let i = 0; i < writes.length; i++) {
    try {
      storage.setItem(writes[i]!.key, writes[i]!.value);
    } catch {
      for (let j = i; j >= 0; j--) {
        try {
          const old = before[j];
          if (old === null || old === undefined) storage.removeItem(writes[j]!.key);
          else storage.setItem(writes[j]!.key, old);
        } catch {
          // Putting back a value that fitted before fails only if storage went away meanwhile.
        }
      }
      return false;
    }
  }
  return true;
}

/**
 * Merges `file` into the guide's stored values under `keys` and saves the result. A stored
 * value that cannot be read is kept aside under its damaged key first (as its store would do),
 * unless something is kept there already.
 * @example importFile(localStorage, studyKeys('/guide/'), checked.file)
 */
export function importFile(storage: ImportStorage, keys: StudyKeys, file: CheckedFile): ImportOutcome {
  const mine: LearnerValues = {};
  const raw: Partial<Record<keyof StudyKeys, string>> = {};
  const writes: Write[] = [];
  for (const part of PARTS) {
    const stored = read(storage, keys[part]);
    if (stored === null) continue;
    raw[part] = stored;
    let data: unknown;
    try {
      data = JSON.parse(stored);
    } catch {
      data = undefined;
    }
    const checked = CHECKERS[part](data);
    if (checked === 'newer') return { ok: false, reason: 'storedNewer' };
    if (checked) (mine as Record<string, unknown>)[part] = checked.value;
    else if (read(storage, damagedKey(keys[part])) === null) writes.push({ key: damagedKey(keys[part]), value: stored });
  }
  const merged = mergeLearnerData(mine, file.values);
  for (const part of PARTS) {
    const value = merged.values[part];
    if (value === undefined) continue;
    const text = JSON.stringify(value);
    if (text !== raw[part]) writes.push({ key: keys[part], value: text });
  }
  if (!writeAll(storage, writes)) return { ok: false, reason: 'notSaved' };
  return { ok: true, taken: merged.taken, kept: merged.kept, dropped: file.dropped };
}
