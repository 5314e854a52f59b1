/**
 * GIFT multiple-choice and true/false questions as choice questions.
 *
 * Weights: Mnemo grades a question right or wrong, so an option is right when choosing it can
 * earn full marks in Moodle. With an `=` option Moodle shows radio buttons and a full-credit
 * (`=` or `%100%`) option is right; partial-credit options become wrong ones (reported). Without
 * any `=` Moodle shows checkboxes and full marks need every option with a positive weight, so
 * exactly those are right.
 */
import type { MultipleChoice, TrueFalse } from 'gift-pegjs';
import type { ChoiceCheck, ChoiceOption } from '../model.ts';
import { credit, explanationOf, stemMdx, type GiftQuestionContext } from './shared.ts';
import { giftToMdx, giftToText } from './text.ts';

function option(mdx: string, correct: boolean, feedback: string): ChoiceOption {
  return feedback === '' ? { mdx, correct } : { mdx, correct, feedback };
}

/** A GIFT multiple-choice question (`{=right ~wrong ~%50%half}`), missing-word form included. */
export function multipleChoice(question: MultipleChoice, ctx: GiftQuestionContext): ChoiceCheck {
  // Moodle (qformat_gift): single answer exactly when the answers contain an `=`.
  const single = question.choices.some((choice) => choice.isCorrect);
  const choices = question.choices.map((choice) => {
    const weight = credit(choice.weight, choice.isCorrect, 0);
    const mdx = giftToMdx(choice.text, ctx.found);
    const correct = single ? weight >= 100 : weight > 0;
    if (single && weight > 0 && weight < 100) {
      ctx.losses.push(`the ${weight}% partial credit of option "${giftToText(choice.text)}" is not kept: it counts as wrong`);
    }
    return option(mdx, correct, giftToText(choice.feedback));
  });
  if (single && choices.filter((choice) => choice.correct).length > 1) {
    ctx.losses.push('several options give full credit; the learner must now select all of them');
  }
  return {
    kind: 'choice',
    id: ctx.id,
    line: ctx.line,
    stem: stemMdx(question.stem, ctx),
    choices,
    multiple: !single,
    hints: [],
    ...explanationOf(question.globalFeedback, ctx),
  };
}

/**
 * A GIFT true/false question as the choices True and False, in that order.
 *
 * Feedback follows Moodle, not gift-pegjs: in `{TRUE#first#second}` Moodle shows the first
 * feedback to a learner who answers wrongly and the second to one who answers rightly
 * (qformat_gift::split_truefalse_comment), whatever the right answer is. gift-pegjs calls them
 * `trueFeedback` and `falseFeedback` by position.
 */
export function trueFalse(question: TrueFalse, ctx: GiftQuestionContext): ChoiceCheck {
  const wrongFeedback = giftToText(question.trueFeedback);
  const rightFeedback = giftToText(question.falseFeedback);
  const choice = (label: string, correct: boolean) =>
    option(label, correct, correct ? rightFeedback : wrongFeedback);
  return {
    kind: 'choice',
    id: ctx.id,
    line: ctx.line,
    stem: stemMdx(question.stem, ctx),
    choices: [choice('True', question.isTrue), choice('False', !question.isTrue)],
    multiple: false,
    shuffle: false,
    hints: [],
    ...explanationOf(question.globalFeedback, ctx),
  };
}
