/**
 * The small interface each kind of answer implements (choices, typed text or number), so
 * the question element holds the shared flow (check, try again, show answer) once.
 */
import type { QuestionState } from './view-state';

/** One question's answer area. */
export interface AnswerPart {
  /** Why there is nothing to check yet ('' when there is something). */
  missing(): string;
  /** Whether the current answer is right. */
  grade(): boolean;
  /** Shows the marks and locks for a state. */
  show(state: QuestionState): void;
  /** Empties the answer (after a reset: a revisited question is never pre-filled). */
  clear(): void;
  /** Moves focus to where the learner answers. */
  focus(): void;
}
