/**
 * The small interface each kind's browser code implements (choices, typed text or number),
 * so the question element holds the shared flow (check, try again, show answer) once.
 */
import type { RandomSource } from '../core/shuffle';
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
   * What the live region says after a wrong check, for a kind that says more than the
   * question's usual words (which parts are wrong); the usual words otherwise.
   */
  wrongMessage?(grade: Grade): string;
  /**
   * The current answer as plain JSON, for an exam to save and restore after a reload. Optional:
   * without it an exam saves the answer area's form controls (`src/exam/client/controls.ts`),
   * which is enough for kinds whose answer lives in native inputs and selects.
   */
  response?(): unknown;
  /** Puts back an answer `response()` gave (ignoring one it cannot read). */
  restore?(response: unknown): void;
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
  /** Announces a message in the question's live region (a step moved). */
  say(message: string): void;
  /**
   * The order of whatever the kind shuffles (choices, steps, answers); `Math.random` when
   * absent. An exam passes one seeded per test and question, so a retake shows the same order.
   */
  random?: RandomSource;
}

/** A kind's browser module: builds the answer part of one question. */
export interface KindClient<S> {
  createPart(context: PartContext<S>): AnswerPart;
}
