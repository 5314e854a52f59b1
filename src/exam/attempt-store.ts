/**
 * Every exam attempt of one guide as one stored JSON value, and the merge of two copies written
 * by two tabs. Dependency-free; the progress store decides the storage key. Browser-safe.
 */
import { readAttemptResult, readOpenAttempt, type AttemptResult, type Layout, type OpenAttempt } from './attempt';

/** Version of the stored shape; another version is dropped whole. */
export const EXAM_STORE_VERSION = 1;

/** Most finished attempts kept; the oldest go first, so storage stays bounded. */
export const MAX_RESULTS = 100;

/** Exam attempts saved for one guide. */
export interface ExamStore {
  v: typeof EXAM_STORE_VERSION;
  /** The open (or just-submitted) attempt of each exam, keyed by exam slug or `practice`. */
  open: Record<string, OpenAttempt>;
  /** Finished attempts, newest first, at most `MAX_RESULTS`. */
  results: AttemptResult[];
  /** The layout the learner last chose, offered first on the next start ("remembered"). */
  layout?: Layout;
}

/** A new, empty store. */
export function emptyExamStore(): ExamStore {
  return { v: EXAM_STORE_VERSION, open: {}, results: [] };
}

const newestFirst = (results: Iterable<AttemptResult>) =>
  [...results].sort((a, b) => b.submittedAt - a.submittedAt).slice(0, MAX_RESULTS);

/**
 * Reads a stored value: undefined when unusable as a whole (not JSON, another version); single
 * malformed attempts are dropped, and an open attempt filed under another exam's key too.
 * @example parseExamStore(localStorage.getItem(key) ?? '') ?? emptyExamStore()
 */
export function parseExamStore(raw: string): ExamStore | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== EXAM_STORE_VERSION) return undefined;
  const { open, results, layout } = data as { open?: unknown; results?: unknown; layout?: unknown };
  const store = emptyExamStore();
  if (layout === 'one' || layout === 'all') store.layout = layout;
  if (typeof open === 'object' && open !== null) {
    for (const [exam, value] of Object.entries(open)) {
      const attempt = readOpenAttempt(value);
      if (attempt && attempt.exam === exam) store.open[exam] = attempt;
    }
  }
  const byId = new Map<string, AttemptResult>();
  for (const value of Array.isArray(results) ? results : []) {
    const result = readAttemptResult(value);
    if (result && !byId.has(result.id)) byId.set(result.id, result);
  }
  store.results = newestFirst(byId.values());
  return store;
}

/**
 * Which of two copies of an exam's open attempt to keep: for the same attempt, a submitted copy
 * beats an unsubmitted one (a tab that has not yet seen the submit must not reopen it);
 * otherwise the newer `updatedAt` wins, and on a tie `mine`.
 */
export function newerAttempt(mine: OpenAttempt, theirs: OpenAttempt): OpenAttempt {
  if (mine.id === theirs.id && (mine.submittedAt === undefined) !== (theirs.submittedAt === undefined)) {
    return mine.submittedAt !== undefined ? mine : theirs;
  }
  return theirs.updatedAt > mine.updatedAt ? theirs : mine;
}

/**
 * Merges this tab's store with one another tab wrote: per exam the open attempt `newerAttempt`
 * picks, every finished attempt of either (one per id, newest first, at most `MAX_RESULTS`),
 * and this tab's layout choice, else theirs.
 * @example save(mergeExamStores(mine, parseExamStore(event.newValue) ?? emptyExamStore()))
 */
export function mergeExamStores(mine: ExamStore, theirs: ExamStore): ExamStore {
  const open: Record<string, OpenAttempt> = { ...mine.open };
  for (const [exam, attempt] of Object.entries(theirs.open)) {
    const own = Object.hasOwn(open, exam) ? open[exam] : undefined;
    open[exam] = own ? newerAttempt(own, attempt) : attempt;
  }
  const byId = new Map<string, AttemptResult>();
  for (const result of [...mine.results, ...theirs.results]) if (!byId.has(result.id)) byId.set(result.id, result);
  const layout = mine.layout ?? theirs.layout;
  return { v: EXAM_STORE_VERSION, open, results: newestFirst(byId.values()), ...(layout ? { layout } : {}) };
}
