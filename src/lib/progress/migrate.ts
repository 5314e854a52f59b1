/**
 * Upgrading stored progress written by earlier versions of Mnemo. Each migration turns a
 * value of version n into version n + 1 and keeps everything it can read; the chain runs
 * until the current version. A stored value is never dropped for being old.
 */
import { isObject, PROGRESS_VERSION, readProgress, type Progress } from './schema';

/** Where each earlier version kept its value, for a guide served at `base`. */
export const LEGACY_KEYS: Record<number, (base: string) => string> = {
  1: (base) => `mnemo:v1:progress:${base}`,
};

type Stored = Record<string, unknown>;

/**
 * Version 1 (release 0.1.0) to 2: question records gain `attempts` (at least one happened;
 * how many was not kept) and may gain `hinted`.
 */
function v1ToV2(data: Stored): Stored {
  const questions: Stored = {};
  if (isObject(data.questions)) {
    for (const [id, record] of Object.entries(data.questions)) questions[id] = isObject(record) ? { ...record, attempts: 1 } : record;
  }
  return { v: 2, questions, cards: data.cards };
}

/** The migration from each version to the next. */
const MIGRATIONS: Record<number, (data: Stored) => Stored> = { 1: v1ToV2 };

/**
 * A stored value of any known version as current progress, or undefined when it is not a
 * progress value at all. `newer` is true when it comes from a later version of Mnemo: it is
 * then read as far as this version understands it, and must not be written over.
 * @example migrateProgress({ v: 1, questions: { q: { result: 'right', at: 5 } }, cards: {} })
 * // { progress: { v: 2, questions: { q: { result: 'right', at: 5, attempts: 1 } }, cards: {} }, newer: false }
 */
export function migrateProgress(data: unknown): { progress: Progress; newer: boolean } | undefined {
  if (!isObject(data) || !Number.isInteger(data.v) || (data.v as number) < 1) return undefined;
  let value: Stored = data;
  if ((value.v as number) > PROGRESS_VERSION) {
    const progress = readProgress({ ...value, v: PROGRESS_VERSION });
    return progress && { progress, newer: true };
  }
  while ((value.v as number) < PROGRESS_VERSION) {
    const step = MIGRATIONS[value.v as number];
    if (!step) return undefined;
    value = step(value);
  }
  const progress = readProgress(value);
  return progress && { progress, newer: false };
}
