/**
 * The shape of a learner's saved progress, and reading it back from storage. Runs in the
 * browser on every page with a progress badge, so it is hand-written (no schema library)
 * and tiny. Anything that does not match is dropped rather than trusted: storage is
 * shared with other scripts and other versions of the generator.
 */
import { isValidId } from '../../checks/core/ids';

/** Version of the stored shape; part of the storage key and of the value. */
export const PROGRESS_VERSION = 1;

/** How a question was last left: answered right, answered wrong, or its answer shown. */
export type QuestionResult = 'right' | 'wrong' | 'revealed';

/** A flashcard's recall rating: "again" (not recalled) or "got it". */
export type CardRating = 'again' | 'got';

/** The last result of one question. */
export interface QuestionRecord {
  result: QuestionResult;
  /** When it was recorded, in milliseconds since the epoch. */
  at: number;
}

/** Every rating one flashcard has had, counted, with the latest. */
export interface CardRecord {
  again: number;
  got: number;
  last: CardRating;
  at: number;
}

/** Everything saved for one guide, keyed by question and flashcard id. */
export interface Progress {
  v: typeof PROGRESS_VERSION;
  questions: Record<string, QuestionRecord>;
  cards: Record<string, CardRecord>;
}

/** A new, empty progress value. */
export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, questions: {}, cards: {} };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function readQuestion(value: unknown): QuestionRecord | undefined {
  if (!isObject(value) || !isTime(value.at)) return undefined;
  const { result } = value;
  return result === 'right' || result === 'wrong' || result === 'revealed' ? { result, at: value.at } : undefined;
}

function readCard(value: unknown): CardRecord | undefined {
  if (!isObject(value) || !isTime(value.at) || !isCount(value.again) || !isCount(value.got)) return undefined;
  const { last } = value;
  return last === 'again' || last === 'got' ? { again: value.again, got: value.got, last, at: value.at } : undefined;
}

/** Copies the valid entries of a stored map; ids breaking the id rule (`__proto__`) never get in. */
function readEntries<T>(value: unknown, read: (entry: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(value)) return out;
  for (const [id, entry] of Object.entries(value)) {
    const record = isValidId(id) ? read(entry) : undefined;
    if (record) out[id] = record;
  }
  return out;
}

/**
 * Reads a stored value. Returns undefined when the value as a whole is unusable (not JSON,
 * not an object, another version), so the caller can drop it; single malformed entries are
 * left out and the rest kept.
 * @example parseProgress('{"v":1,"questions":{"q1":{"result":"right","at":1}},"cards":{}}')
 */
export function parseProgress(raw: string): Progress | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.v !== PROGRESS_VERSION) return undefined;
  return { v: PROGRESS_VERSION, questions: readEntries(data.questions, readQuestion), cards: readEntries(data.cards, readCard) };
}
