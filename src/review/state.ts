/**
 * The stored review state of one item (a flashcard, or a question the learner got wrong): FSRS's
 * memory state and schedule as plain JSON, instants as ms since the epoch, so it survives
 * localStorage. Converted to and from ts-fsrs's `Card` only at the moment of scheduling.
 */
import { createEmptyCard, State, type Card } from 'ts-fsrs';

/** Where an item is in FSRS's cycle (ts-fsrs `State`), spelled out so stored data never depends on enum numbers. */
export type ReviewPhase = 'new' | 'learning' | 'review' | 'relearning';

/**
 * One item's review state.
 * @example { phase: 'review', due: 1767866400000, lastReview: 1767607200000, stability: 2.3, difficulty: 2.1, scheduledDays: 3, learningStep: 0, reps: 2, lapses: 0 }
 */
export interface ReviewState {
  /** New (never rated), learning (short steps after its first rating), review (interval in days), relearning (after a lapse). */
  phase: ReviewPhase;
  /** When FSRS schedules it next, ms since the epoch. A review item is shown from the start of that study day (see `due.ts`). */
  due: number;
  /** When it was last rated, ms since the epoch; absent while new. */
  lastReview?: number;
  /** FSRS stability: days until recall probability falls to 90%. 0 while new. */
  stability: number;
  /** FSRS difficulty, 1 (easy) to 10 (hard). 0 while new. */
  difficulty: number;
  /** The interval given at the last rating, in whole days; 0 while learning or relearning. */
  scheduledDays: number;
  /** Index of the current (re)learning step (ts-fsrs `learning_steps`). */
  learningStep: number;
  /** How many times it has been rated. */
  reps: number;
  /** How many lapses: times a review item was rated Again. */
  lapses: number;
}

const TO_STATE: Record<ReviewPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const FROM_STATE: Record<State, ReviewPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

/**
 * The ts-fsrs card of a stored state.
 * `elapsed_days` is deprecated in ts-fsrs and recomputed by it from `last_review`, so it is left at 0.
 */
export function toCard(state: ReviewState): Card {
  return {
    due: new Date(state.due),
    last_review: state.lastReview === undefined ? undefined : new Date(state.lastReview),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningStep,
    reps: state.reps,
    lapses: state.lapses,
    state: TO_STATE[state.phase],
  };
}

/** The stored state of a ts-fsrs card. */
export function fromCard(card: Card): ReviewState {
  const state: ReviewState = {
    phase: FROM_STATE[card.state] ?? 'new',
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningStep: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
  };
  if (card.last_review) state.lastReview = card.last_review.getTime();
  return state;
}

/** A new item's state, never rated, due at `now` (ms): ts-fsrs's empty card. */
export function newState(now: number): ReviewState {
  return fromCard(createEmptyCard(new Date(now)));
}
