/**
 * The shape of a learner's saved progress (question results and flashcard ratings), and
 * reading it back from storage. Runs in the browser on every page with a progress badge, so
 * it is hand-written (no schema library) and tiny. Entries that do not match are left out
 * rather than trusted: storage is shared with other scripts and other versions of Mnemo.
 * Older versions are migrated, never dropped (`migrate.ts`).
 */
import { ID_PATTERN } from '../../checks/core/ids';

/** Version of the stored shape, in the value itself (`v`). */
export const PROGRESS_VERSION = 2;

/** How a question was last left: answered right, answered wrong, or its answer shown. */
export type QuestionResult = 'right' | 'wrong' | 'revealed';

/** A flashcard's recall rating on a lesson page: "again" (not recalled) or "got it". */
export type CardRating = 'again' | 'got';

/** The last result of one question. */
export interface QuestionRecord {
  result: QuestionResult;
  /** When it was recorded, in milliseconds since the epoch. */
  at: number;
  /** How many times it has been checked or revealed (at least 1; unknown before v2, so 1). */
  attempts: number;
  /** A hint was shown before this result (a right answer after a hint rates Hard in review). */
  hinted?: boolean;
}

/** Every rating one flashcard has had on lesson pages, counted, with the latest. */
export interface CardRecord {
  again: number;
  got: number;
  last: CardRating;
  at: number;
}

/** Everything saved for one guide's questions and cards, keyed by id. */
export interface Progress {
  v: typeof PROGRESS_VERSION;
  questions: Record<string, QuestionRecord>;
  cards: Record<string, CardRecord>;
}

/** A new, empty progress value. */
export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, questions: {}, cards: {} };
}

/** Whether a value is a plain object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** One stored question record, or undefined when it is malformed. */
export function readQuestion(value: unknown): QuestionRecord | undefined {
  if (!isObject(value) || !isTime(value.at) || !isCount(value.attempts) || value.attempts < 1) return undefined;
  const { result } = value;
  if (result !== 'right' && result !== 'wrong' && result !== 'revealed') return undefined;
  const record: QuestionRecord = { result, at: value.at, attempts: value.attempts };
  if (value.hinted === true) record.hinted = true;
  return record;
}

/** One stored flashcard record, or undefined when it is malformed. */
export function readCard(value: unknown): CardRecord | undefined {
  if (!isObject(value) || !isTime(value.at) || !isCount(value.again) || !isCount(value.got)) return undefined;
  const { last } = value;
  return last === 'again' || last === 'got' ? { again: value.again, got: value.got, last, at: value.at } : undefined;
}

/**
 * Copies the valid entries of a stored map; ids breaking the id rule (`__proto__`) never get in.
 * @example readEntries({ q: 1, 'Bad Id': 2 }, (v) => v) // { q: 1 }
 */
export function readEntries<T>(value: unknown, read: (entry: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(value)) return out;
  for (const [id, entry] of Object.entries(value)) {
    const record = ID_PATTERN.test(id) ? read(entry) : undefined;
    if (record) out[id] = record;
  }
  return out;
}

/**
 * Reads a value of the current version: the valid entries, malformed ones left out.
 * Undefined when it is not a current-version object (see `migrate.ts` for older ones).
 * @example readProgress({ v: 2, questions: { q1: { result: 'right', at: 1, attempts: 1 } }, cards: {} })
 */
export function readProgress(data: unknown): Progress | undefined {
  if (!isObject(data) || data.v !== PROGRESS_VERSION) return undefined;
  return { v: PROGRESS_VERSION, questions: readEntries(data.questions, readQuestion), cards: readEntries(data.cards, readCard) };
}

/** Reads a stored string of the current version; undefined when it is not one. */
export function parseProgress(raw: string): Progress | undefined {
  try {
    return readProgress(JSON.parse(raw));
  } catch {
    return undefined;
  }
}
