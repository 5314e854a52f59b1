/**
 * Merging a progress file into what the browser holds, item by item: for each question, card,
 * review item and exam attempt, the newer copy wins and the other is superseded; items only one
 * side has are kept. Review states merge by `src/review/merge.ts` (the later review wins), exam
 * attempts by `mergeExamStores`. Records are chosen, never rewritten, so merging a file into
 * nothing gives the file's values exactly. Pure and browser-safe.
 */
import { emptyExamStore, mergeExamStores, type ExamStore } from '../exam/attempt-store';
import { emptyProgress, type Progress } from '../lib/progress/schema';
import { mergeReviewStates } from '../review/merge';
import { mergeNewCardLogs } from '../review/new-cards';
import { REVIEW_VERSION } from '../review/store';
import type { LearnerValues, ReviewValue } from './values';

/** The merged values, and how many items the file changed or could not change. */
export interface Merge {
  /** The values after the merge; a part neither side has stays absent. */
  values: LearnerValues;
  /** Items taken from the file: new here, or newer in the file. */
  taken: number;
  /** Items the file also has, kept as they are here because this browser's copy is newer. */
  kept: number;
}

/** Counts, per item, which side a merge chose. */
interface Tally {
  taken: number;
  kept: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const own = <T>(map: Record<string, T>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);

/** Records the choice made for one item present in the file. */
function count(tally: Tally, mine: unknown, theirs: unknown, chosen: unknown): void {
  if (mine !== undefined && same(mine, theirs)) return;
  if (chosen === theirs) tally.taken++;
  else tally.kept++;
}

/**
 * Two maps of results merged by id: the record with the later `at` wins, and on a tie this
 * browser's. The order is this browser's ids, then the file's new ones.
 * @example mergeByTime({ q: { at: 1 } }, { q: { at: 2 } }, tally).q.at // 2
 */
export function mergeByTime<T extends { at: number }>(mine: Record<string, T>, theirs: Record<string, T>, tally: Tally): Record<string, T> {
  const out = { ...mine };
  for (const [id, record] of Object.entries(theirs)) {
    const current = own(out, id);
    const chosen = current === undefined || record.at > current.at ? record : current;
    count(tally, current, record, chosen);
    out[id] = chosen;
  }
  return out;
}

function mergeProgress(mine: Progress, theirs: Progress, tally: Tally): Progress {
  return { v: mine.v, questions: mergeByTime(mine.questions, theirs.questions, tally), cards: mergeByTime(mine.cards, theirs.cards, tally) };
}

function mergeReview(mine: ReviewValue, theirs: ReviewValue, tally: Tally): ReviewValue {
  const states = mergeReviewStates(mine.states, theirs.states);
  for (const [id, state] of Object.entries(theirs.states)) count(tally, own(mine.states, id), state, states[id]);
  const newCards = mergeNewCardLogs(mine.newCards, theirs.newCards);
  return { v: REVIEW_VERSION, states, ...(newCards ? { newCards } : {}) };
}

function mergeExams(mine: ExamStore, theirs: ExamStore, tally: Tally): ExamStore {
  const merged = mergeExamStores(mine, theirs);
  for (const [exam, attempt] of Object.entries(theirs.open)) count(tally, own(mine.open, exam), attempt, merged.open[exam]);
  const known = new Set(mine.results.map((r) => r.id));
  const kept = new Set(merged.results.map((r) => r.id));
  // A finished attempt never changes, so only new ones count; the oldest beyond the store's limit go.
  for (const result of theirs.results) if (!known.has(result.id) && kept.has(result.id)) tally.taken++;
  return merged;
}

/**
 * What the browser holds (`mine`) after merging a file's values (`theirs`) into it.
 * @example mergeLearnerData({}, file.values).values // equal to file.values
 */
export function mergeLearnerData(mine: LearnerValues, theirs: LearnerValues): Merge {
  const tally: Tally = { taken: 0, kept: 0 };
  const values: LearnerValues = { ...mine };
  if (theirs.progress) values.progress = mergeProgress(mine.progress ?? emptyProgress(), theirs.progress, tally);
  if (theirs.review) values.review = mergeReview(mine.review ?? { v: REVIEW_VERSION, states: {} }, theirs.review, tally);
  if (theirs.exams) values.exams = mergeExams(mine.exams ?? emptyExamStore(), theirs.exams, tally);
  return { values, ...tally };
}
