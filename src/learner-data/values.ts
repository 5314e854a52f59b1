/**
 * Checking the three learner-data values (progress, review, exams) for a merge, from storage or
 * from a progress file. Each record is checked by its own store's reader, but the record kept is
 * the one as written, never a rebuilt copy: a merge then only chooses between records, so a
 * value merged into nothing comes out byte for byte as it went in. Browser-safe.
 */
import { ID_PATTERN } from '../checks/core/ids';
import { EXAM_STORE_VERSION, type ExamStore } from '../exam/attempt-store';
import { readAttemptResult, readOpenAttempt, type AttemptResult, type OpenAttempt } from '../exam/attempt';
import { migrateProgress } from '../lib/progress/migrate';
import { isObject, PROGRESS_VERSION, readCard, readQuestion, type Progress } from '../lib/progress/schema';
import { readNewCardLog, type NewCardLog } from '../review/new-cards';
import { readReviewState } from '../review/read-state';
import { REVIEW_VERSION } from '../review/store';
import type { ReviewState } from '../review/state';

/** The stored review value: `ReviewData` with its version, as `src/review/store.ts` writes it. */
export interface ReviewValue {
  v: typeof REVIEW_VERSION;
  states: Record<string, ReviewState>;
  newCards?: NewCardLog;
}

/** The three values of one guide's learner data; a missing one is not stored (or not in the file). */
export interface LearnerValues {
  progress?: Progress;
  review?: ReviewValue;
  exams?: ExamStore;
}

/** Which value: the keys of `studyKeys`. */
export type Part = keyof LearnerValues;

/** Every part, in the order files and messages list them. */
export const PARTS: readonly Part[] = ['progress', 'review', 'exams'];

/**
 * A value checked: its valid records, and how many malformed ones were left out. `newer` when a
 * later version of Mnemo wrote it (this one must neither read it as its own nor write over it);
 * undefined when it is not such a value at all.
 */
export type Checked<T> = { value: T; dropped: number } | 'newer' | undefined;

const isVersion = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

/** The entries of a map whose id follows the id rule and whose record reads, as written. */
function keep<T>(map: unknown, read: (entry: unknown) => unknown): { kept: Record<string, T>; dropped: number } | undefined {
  const kept: Record<string, T> = {};
  if (map === undefined) return { kept, dropped: 0 };
  if (!isObject(map)) return undefined;
  let dropped = 0;
  for (const [id, entry] of Object.entries(map)) {
    if (ID_PATTERN.test(id) && read(entry) !== undefined) kept[id] = entry as T;
    else dropped++;
  }
  return { kept, dropped };
}

/**
 * A progress value (any version; older ones are migrated, and then rebuilt by the migration).
 * @example checkProgress({ v: 2, questions: { q: { result: 'right', at: 1, attempts: 1 } }, cards: {} })
 */
export function checkProgress(data: unknown): Checked<Progress> {
  if (!isObject(data) || !isVersion(data.v)) return undefined;
  if (data.v > PROGRESS_VERSION) return 'newer';
  if (data.v < PROGRESS_VERSION) {
    const migrated = migrateProgress(data);
    return migrated && { value: migrated.progress, dropped: 0 };
  }
  const questions = keep<Progress['questions'][string]>(data.questions, readQuestion);
  const cards = keep<Progress['cards'][string]>(data.cards, readCard);
  if (!questions || !cards) return undefined;
  return { value: { v: PROGRESS_VERSION, questions: questions.kept, cards: cards.kept }, dropped: questions.dropped + cards.dropped };
}

/** A review value: item states and the day's new cards. */
export function checkReview(data: unknown): Checked<ReviewValue> {
  if (!isObject(data) || !isVersion(data.v)) return undefined;
  if (data.v > REVIEW_VERSION) return 'newer';
  const states = keep<ReviewState>(data.states, readReviewState);
  if (!states) return undefined;
  const log = data.newCards === undefined || readNewCardLog(data.newCards) === undefined ? undefined : (data.newCards as NewCardLog);
  const dropped = states.dropped + (data.newCards !== undefined && !log ? 1 : 0);
  return { value: { v: REVIEW_VERSION, states: states.kept, ...(log ? { newCards: log } : {}) }, dropped };
}

/** An exam-attempt value: the open attempt of each exam, and finished attempts (one per id). */
export function checkExams(data: unknown): Checked<ExamStore> {
  if (!isObject(data) || !isVersion(data.v)) return undefined;
  if (data.v > EXAM_STORE_VERSION) return 'newer';
  if (data.v !== EXAM_STORE_VERSION || (data.results !== undefined && !Array.isArray(data.results))) return undefined;
  if (data.open !== undefined && !isObject(data.open)) return undefined;
  let dropped = 0;
  const open: Record<string, OpenAttempt> = {};
  for (const [exam, attempt] of Object.entries(data.open ?? {})) {
    // Keyed by exam slug (`exams/final`), which the attempt itself must name.
    if (readOpenAttempt(attempt)?.exam === exam) open[exam] = attempt as OpenAttempt;
    else dropped++;
  }
  const results: AttemptResult[] = [];
  const seen = new Set<string>();
  for (const value of (data.results as unknown[] | undefined) ?? []) {
    const result = readAttemptResult(value);
    if (!result) dropped++;
    else if (!seen.has(result.id)) {
      seen.add(result.id);
      results.push(value as AttemptResult);
    }
  }
  return { value: { v: EXAM_STORE_VERSION, open, results }, dropped };
}

/** The checker of each part. */
export const CHECKERS: { [P in Part]: (data: unknown) => Checked<NonNullable<LearnerValues[P]>> } = {
  progress: checkProgress,
  review: checkReview,
  exams: checkExams,
};
