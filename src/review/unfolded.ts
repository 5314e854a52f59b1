/**
 * What the learner did on lesson pages that the schedule has not taken in yet: a question got
 * wrong (or its answer shown) that is not a review item, and a flashcard rated "again" or "got
 * it" after its last review. Progress (src/lib/progress/) records both with their time, so the
 * schedule follows from it, whichever page or tab recorded them, even one closed right after.
 *
 * Tiny and without ts-fsrs: every page asks this after each change of progress, and loads the
 * scheduler (`fold.ts`) only when the answer is not empty.
 */
import { ITEM_ID } from './id-rule';
import type { ReviewState } from './state';

/** Progress as read tolerantly (any version): results and card ratings with their times. */
export interface ProgressRecords {
  questions: Readonly<Record<string, { result?: unknown; at?: unknown; hinted?: unknown } | undefined>>;
  cards: Readonly<Record<string, { last?: unknown; at?: unknown } | undefined>>;
}

/** One result or rating to fold into the schedule. */
export type Unfolded =
  | { id: string; at: number; question: { result: 'wrong' | 'revealed'; hinted: boolean } }
  | { id: string; at: number; card: 'again' | 'got' };

const isObject = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The records of a stored progress value of any version (a result is a result in every
 * version), or none when it is not one. Never throws. The progress badges read progress the
 * same way (`lib/progress/summary.ts`); review code keeps its own copy (see `id-rule.ts`).
 * @example readProgressRecords('{"v":2,"questions":{"q":{"result":"wrong","at":5,"attempts":1}},"cards":{}}').questions.q
 */
export function readProgressRecords(raw: string | null): ProgressRecords {
  try {
    const data: unknown = raw === null ? null : JSON.parse(raw);
    if (isObject(data) && Number.isInteger(data.v) && (data.v as number) >= 1) {
      return { questions: isObject(data.questions) ? data.questions : {}, cards: isObject(data.cards) ? data.cards : {} };
    }
  } catch {
    // Not JSON: no progress this code can read (the progress store keeps it aside).
  }
  return { questions: {}, cards: {} };
}

const time = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const own = <T>(map: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);

/**
 * Every result and rating of `progress` the review `states` lack, oldest first: questions left
 * wrong or revealed that have no (started) review state, and cards rated after their last review.
 * Ids that break the id rule (`__proto__` in a tampered value) are never taken.
 * @example unfolded({ questions: { q: { result: 'wrong', at: 5 } }, cards: {} }, {}) // [{ id: 'q', at: 5, question: { result: 'wrong', hinted: false } }]
 */
export function unfolded(progress: ProgressRecords, states: Readonly<Record<string, ReviewState>>): Unfolded[] {
  const out: Unfolded[] = [];
  for (const [id, record] of Object.entries(progress.questions)) {
    const result = record?.result;
    if ((result !== 'wrong' && result !== 'revealed') || !time(record?.at) || !ITEM_ID.test(id)) continue;
    const state = own(states, id);
    if (!state || state.phase === 'new') out.push({ id, at: record.at, question: { result, hinted: record.hinted === true } });
  }
  for (const [id, record] of Object.entries(progress.cards)) {
    const last = record?.last;
    if ((last !== 'again' && last !== 'got') || !time(record?.at) || !ITEM_ID.test(id)) continue;
    if (record.at > (own(states, id)?.lastReview ?? -1)) out.push({ id, at: record.at, card: last });
  }
  return out.sort((a, b) => a.at - b.at);
}
