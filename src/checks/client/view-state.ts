/**
 * What a self-check shows in each state, as pure functions: the browser elements only
 * apply these to the DOM, and the rules of the authoring contract are unit tested here.
 * Words come from the guide's interface strings (`ui`), never from here.
 */
import { format, formatNumber, text } from '../../i18n/format';
import type { UiGroup } from '../../i18n/en';
import type { QuestionKind } from '../schema';

/** The question strings of the guide's language. */
export type QuestionUi = UiGroup<'question'>;

/** Where a question stands in this visit. `unanswered` includes "trying again". */
export type QuestionState = 'unanswered' | 'wrong' | 'right' | 'revealed';

export type { QuestionKind };

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
export function verdict(view: ChoiceView, ui: QuestionUi): string {
  if (!view.mark) return '';
  const word = text(view.mark === 'right' ? ui.verdictRight : ui.verdictWrong);
  return format(text(view.picked ? ui.verdictYours : ui.verdictOnly), { verdict: word });
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
export function controlsView(state: QuestionState, ui: QuestionUi): ControlsView {
  const done = state === 'right' || state === 'revealed';
  return {
    check: state === 'unanswered',
    retry: state !== 'unanswered',
    retryLabel: text(state === 'wrong' ? ui.tryAgain : ui.answerAgain),
    reveal: state !== 'revealed' && state !== 'right',
    outcome: done,
  };
}

/**
 * What the live region says after a check or a reveal. `own` is the kind's own sentence for
 * a wrong check or a revealed answer, when it has one (AnswerPart.said).
 */
export function resultMessage(state: QuestionState, kind: QuestionKind, hasExplanation: boolean, ui: QuestionUi, own?: string): string {
  const more = hasExplanation ? text(ui.saidExplanation) : '';
  if (own && state === 'wrong') return own;
  if (own && state === 'revealed') return `${own}${more}`;
  if (state === 'right') return `${text(ui.saidRight)}${more}`;
  if (state === 'revealed') return `${text(ui.saidRevealed)}${more}`;
  if (state !== 'wrong') return '';
  if (kind === 'single') return text(ui.saidWrongSingle);
  if (kind === 'multiple') return text(ui.saidWrongMultiple);
  return text(ui.saidWrong);
}

/**
 * The kinds whose words are all in the `question` strings. Other kinds (ordering, matching,
 * blanks) bring their own string group and say their own messages (`AnswerPart.missing`
 * and `wrongMessage`), so a page without them never loads their words.
 */
export type CoreKind = 'single' | 'multiple' | 'text' | 'number';

/** What the live region says when Check is pressed with nothing to check. */
export function emptyMessage(kind: CoreKind, ui: QuestionUi): string {
  switch (kind) {
    case 'single':
      return text(ui.emptySingle);
    case 'multiple':
      return text(ui.emptyMultiple);
    case 'number':
      return text(ui.emptyNumber);
    case 'text':
      return text(ui.emptyText);
  }
}

/** The note on a revisited question about how it was left last time. */
export function earlierMessage(result: 'right' | 'wrong' | 'revealed' | undefined, ui: QuestionUi): string {
  if (result === 'right') return text(ui.earlierRight);
  if (result === 'wrong') return text(ui.earlierWrong);
  if (result === 'revealed') return text(ui.earlierRevealed);
  return '';
}

/** The label of the hint button once `shown` of `total` hints are visible, numbers as `lang` writes them. */
export function hintLabel(shown: number, total: number, ui: QuestionUi, lang: string): string {
  if (shown >= total) return text(total === 1 ? ui.hintShown : ui.allHintsShown);
  return total === 1 ? text(ui.showHint) : format(text(ui.showHintOf), { n: shown + 1, total }, lang);
}

/**
 * The card index after stepping by `delta`, kept within the deck.
 * @example stepIndex(0, -1, 5) // 0
 */
export function stepIndex(index: number, delta: number, count: number): number {
  return Math.min(Math.max(index + delta, 0), Math.max(count - 1, 0));
}

/**
 * The position shown on a deck, 1-based, numbers as `lang` writes them.
 * @example positionLabel(2, 12, 'en') // '3 / 12'
 */
export function positionLabel(index: number, count: number, lang: string): string {
  return `${formatNumber(index + 1, lang)} / ${formatNumber(count, lang)}`;
}
