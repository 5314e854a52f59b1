/**
 * Reading review states back from storage. Hand-written (no schema library: this runs in the
 * browser on every page for the header's due count) and never throws. Storage is shared with
 * other scripts, other tabs and other versions of the generator, so a malformed item is
 * dropped (it becomes new again) rather than trusted: a NaN due date or a stability of -1
 * would otherwise reach ts-fsrs and schedule nonsense, or make it throw.
 */
import { ITEM_ID } from './id-rule';
import type { ReviewPhase, ReviewState } from './state';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isPhase = (value: unknown): value is ReviewPhase =>
  value === 'new' || value === 'learning' || value === 'review' || value === 'relearning';

/**
 * FSRS's memory state: none (both 0) while new; once rated, difficulty within 1-10 and stability
 * within 0.001-36500 days (ts-fsrs `S_MIN`, `S_MAX`), outside which ts-fsrs throws.
 */
function isMemory(phase: ReviewPhase, stability: unknown, difficulty: unknown): boolean {
  if (typeof stability !== 'number' || typeof difficulty !== 'number') return false;
  if (phase === 'new') return stability === 0 && difficulty === 0;
  return stability >= 0.001 && stability <= 36500 && difficulty >= 1 && difficulty <= 10;
}

/**
 * One stored item's state, or undefined when anything about it is malformed: a rated item needs
 * its last review time, and ts-fsrs's bounds must hold. Unknown fields are left behind.
 * @example readReviewState({ phase: 'learning', due: 60000, lastReview: 0, stability: 2.3, difficulty: 2.1, scheduledDays: 0, learningStep: 1, reps: 1, lapses: 0 })
 */
export function readReviewState(value: unknown): ReviewState | undefined {
  if (!isObject(value)) return undefined;
  const { phase, due, lastReview, stability, difficulty, scheduledDays, learningStep, reps, lapses } = value;
  if (!isPhase(phase) || !isTime(due) || !isMemory(phase, stability, difficulty)) return undefined;
  if (!isCount(scheduledDays) || !isCount(learningStep) || !isCount(reps) || !isCount(lapses)) return undefined;
  if (lastReview !== undefined && !isTime(lastReview)) return undefined;
  if (phase !== 'new' && lastReview === undefined) return undefined;
  const state: ReviewState = {
    phase,
    due,
    stability: stability as number,
    difficulty: difficulty as number,
    scheduledDays,
    learningStep,
    reps,
    lapses,
  };
  if (lastReview !== undefined) state.lastReview = lastReview;
  return state;
}

/**
 * The valid entries of a stored map of item id to state; malformed entries and ids that break the
 * id rule are left out, the rest kept. Anything but an object gives an empty map.
 */
export function readReviewStates(value: unknown): Record<string, ReviewState> {
  const out: Record<string, ReviewState> = {};
  if (!isObject(value)) return out;
  for (const [id, entry] of Object.entries(value)) {
    const state = ITEM_ID.test(id) ? readReviewState(entry) : undefined;
    if (state) out[id] = state;
  }
  return out;
}
