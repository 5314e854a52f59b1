/**
 * GIFT numerical questions (`{#1822}`, `{#3.14:0.01}`, `{#1..5}`, several `=` answers) as typed
 * numeric questions, or a numeric blank for the missing-word form. A range `a..b` becomes its
 * middle with half its width as tolerance, as Moodle stores it. Mnemo keeps one number: the
 * first full-credit answer; other answers are reported.
 */
import type { NumericalChoice, NumericalFormat, Numerical, TextFormat } from 'gift-pegjs';
import type { BlanksCheck, TypedAnswer, TypedCheck } from '../model.ts';
import { explanationOf, stemMdx, type GiftQuestionContext } from './shared.ts';
import { answerFeedback, rightAnswers } from './short-answer.ts';
import { giftToText } from './text.ts';

// Ranges are stored as middle and half-width; rounding keeps 3.141..3.142 at 3.1415 ± 0.0005.
const tidy = (value: number) => Number(value.toPrecision(12));

/** The number and tolerance of one numeric answer, or undefined for a non-number. */
export function numericAnswer(format: NumericalFormat | TextFormat): TypedAnswer | undefined {
  if (!('type' in format)) return undefined;
  if (format.type === 'high-low') {
    const high = format.numberHigh ?? NaN;
    const low = format.numberLow ?? NaN;
    return { number: tidy((high + low) / 2), tolerance: tidy(Math.abs(high - low) / 2) };
  }
  return { number: format.number ?? NaN, tolerance: format.type === 'range' ? Math.abs(format.range ?? 0) : 0 };
}

function describe(answer: TypedAnswer | undefined): string {
  if (!answer || !('number' in answer)) return 'a non-numeric answer';
  return answer.tolerance > 0 ? `${answer.number} ± ${answer.tolerance}` : `${answer.number}`;
}

/** A GIFT numerical question. */
export function numerical(question: Numerical, ctx: GiftQuestionContext): TypedCheck | BlanksCheck {
  const all: NumericalChoice[] = Array.isArray(question.choices)
    ? question.choices
    : [{ isCorrect: true, weight: null, text: question.choices, feedback: null }];
  const numeric = all.filter((choice) => numericAnswer(choice.text) !== undefined);
  if (numeric.length < all.length) ctx.losses.push('the feedback for other answers (`~#...`) is left out');
  const right = rightAnswers(numeric, ctx, (choice) => describe(numericAnswer(choice.text)));
  const [first, ...others] = right;
  for (const other of others) {
    ctx.losses.push(`the further full-credit answer ${describe(numericAnswer(other.text))} is left out: a question keeps one number`);
  }
  const answer = (first && numericAnswer(first.text)) ?? { number: NaN, tolerance: 0 };
  const feedback = first ? answerFeedback([{ label: describe(answer), feedback: giftToText(first.feedback) }]) : [];
  const base = { id: ctx.id, line: ctx.line, hints: [], ...explanationOf(question.globalFeedback, ctx, feedback) };
  if (question.hasEmbeddedAnswers) {
    return { kind: 'blanks', ...base, stem: stemMdx(question.stem, ctx, true), blanks: [answer] };
  }
  return { kind: 'typed', ...base, stem: stemMdx(question.stem, ctx), answer };
}
