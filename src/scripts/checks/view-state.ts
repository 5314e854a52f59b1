/**
 * What a self-check shows in each state, as pure functions: the browser elements only
 * apply these to the DOM, and the rules of the authoring contract are unit tested here.
 */

/** Where a question stands in this visit. `unanswered` includes "trying again". */
export type QuestionState = 'unanswered' | 'wrong' | 'right' | 'revealed';

/** The kinds of question, as rendered. */
export type QuestionKind = 'single' | 'multiple' | 'text' | 'number';

/** How one choice is shown: its mark (none, right or wrong) and whether it is the learner's. */
export interface ChoiceView {
  mark: 'right' | 'wrong' | null;
  picked: boolean;
}

/**
 * The marks on the choices. A wrong check marks only what was picked; a right check or a
 * revealed answer marks every choice; before checking nothing is marked.
 * @example choiceViews('wrong', [{ correct: true, picked: false }, { correct: false, picked: true }])
 * // [{ mark: null, picked: false }, { mark: 'wrong', picked: true }]
 */
export function choiceViews(state: QuestionState, choices: readonly { correct: boolean; picked: boolean }[]): ChoiceView[] {
  return choices.map(({ correct, picked }) => {
    const shown = state === 'right' || state === 'revealed' || (state === 'wrong' && picked);
    return { mark: shown ? (correct ? 'right' : 'wrong') : null, picked };
  });
}

/** The words before a marked choice's feedback, e.g. "Correct, your choice." */
export function verdict(view: ChoiceView): string {
  if (!view.mark) return '';
  return `${view.mark === 'right' ? 'Correct' : 'Incorrect'}${view.picked ? ', your choice' : ''}.`;
}

/** Which controls a question shows. (Its answer can be changed only while `unanswered`.) */
export interface ControlsView {
  check: boolean;
  retry: boolean;
  /** Label of the retry button: "Try again" after a wrong answer, else "Answer again". */
  retryLabel: string;
  reveal: boolean;
  /** The explanation (and, for typed answers, the expected answer) is shown. */
  outcome: boolean;
}

/** The controls for a state: check while answering, then try again / show answer. */
export function controlsView(state: QuestionState): ControlsView {
  const done = state === 'right' || state === 'revealed';
  return {
    check: state === 'unanswered',
    retry: state !== 'unanswered',
    retryLabel: state === 'wrong' ? 'Try again' : 'Answer again',
    reveal: state !== 'revealed' && state !== 'right',
    outcome: done,
  };
}

/** What the live region says after a check or a reveal. */
export function resultMessage(state: QuestionState, kind: QuestionKind, hasExplanation: boolean): string {
  const more = hasExplanation ? ' The explanation follows.' : '';
  if (state === 'right') return `Correct.${more}`;
  if (state === 'revealed') return `Answer shown.${more}`;
  if (state !== 'wrong') return '';
  if (kind === 'single') return 'Not quite: your choice is marked with its feedback. Try again, or show the answer.';
  if (kind === 'multiple') return 'Not quite: that is not exactly the right set. Your choices are marked. Try again, or show the answer.';
  return 'Not quite. Try again, or show the answer.';
}

/** What the live region says when Check is pressed with nothing to check. */
export function emptyMessage(kind: QuestionKind): string {
  if (kind === 'single') return 'Choose an answer first.';
  if (kind === 'multiple') return 'Select at least one choice first.';
  if (kind === 'number') return 'Type a number first, for example 12.5.';
  return 'Type an answer first.';
}

/** The note on a revisited question about how it was left last time. */
export function earlierMessage(result: 'right' | 'wrong' | 'revealed' | undefined): string {
  if (result === 'right') return 'Last time: answered correctly.';
  if (result === 'wrong') return 'Last time: not yet answered correctly.';
  if (result === 'revealed') return 'Last time: answer shown.';
  return '';
}

/** The label of the hint button once `shown` of `total` hints are visible. */
export function hintLabel(shown: number, total: number): string {
  if (shown >= total) return total === 1 ? 'Hint shown' : 'All hints shown';
  return total === 1 ? 'Show a hint' : `Show hint ${shown + 1} of ${total}`;
}

/**
 * The card index after stepping by `delta`, kept within the deck.
 * @example stepIndex(0, -1, 5) // 0
 */
export function stepIndex(index: number, delta: number, count: number): number {
  return Math.min(Math.max(index + delta, 0), Math.max(count - 1, 0));
}

/**
 * The position shown on a deck, 1-based.
 * @example positionLabel(2, 12) // '3 / 12'
 */
export function positionLabel(index: number, count: number): string {
  return `${index + 1} / ${count}`;
}
