/**
 * The small interface each kind's browser code implements (choices, typed text or number),
 * so the question element holds the shared flow (check, try again, show answer) once.
 */
import type { Grade } from '../render/types';
import type { QuestionState, QuestionUi } from './view-state';

/** One question's answer area. */
export interface AnswerPart {
  /** Why there is nothing to check yet ('' when there is something). */
  missing(): string;
  /** How the current answer grades. */
  grade(): Grade;
  /** Shows the marks and locks for a state. */
  show(state: QuestionState): void;
  /** Empties the answer (after a reset: a revisited question is never pre-filled). */
  clear(): void;
  /** Moves focus to where the learner answers. */
  focus(): void;
  /**
   * The kind's own words for the live region after a wrong check or a revealed answer, when
   * it has more to say than the plain verdict (see announce.ts); undefined for the plain one.
   */
  said?(state: 'wrong' | 'revealed'): string | undefined;
}

/** What a kind's browser module gets to set up its answer area. */
export interface PartContext<S> {
  /** The `<mnemo-question>` element. */
  root: HTMLElement;
  /** The kind's client projection of the spec (`data-spec`). */
  spec: S;
  ui: QuestionUi;
  /** Checks the answer, as the Check button does (Enter in a field). */
  submit(): void;
}

/** A kind's browser module: builds the answer part of one question. */
export interface KindClient<S> {
  createPart(context: PartContext<S>): AnswerPart;
}
