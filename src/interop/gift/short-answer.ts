/**
 * GIFT short-answer questions (`{=answer =other}`) as typed questions, or as a blank in the
 * stem for the missing-word form. Every answer that earns full credit is accepted; Moodle
 * compares case-insensitively by default, as Mnemo does.
 */
import type { ShortAnswer, TextChoice } from 'gift-pegjs';
import { textToMdx } from '../mdx-text.ts';
import type { BlanksCheck, TypedCheck } from '../model.ts';
import { credit, explanationOf, stemMdx, type GiftQuestionContext } from './shared.ts';
import { giftToText } from './text.ts';

/**
 * The answers that count as right: those with full credit, else (when none has it) those with
 * the highest credit. The others are reported as losses.
 */
export function rightAnswers<T extends { weight: number | null; isCorrect: boolean }>(
  answers: readonly T[],
  ctx: GiftQuestionContext,
  describe: (answer: T) => string,
): T[] {
  const credited = answers.map((answer) => ({ answer, credit: credit(answer.weight, answer.isCorrect, 0) }));
  const best = Math.max(...credited.map((entry) => entry.credit));
  const cut = best >= 100 ? 100 : best;
  if (cut < 100 && cut > 0) ctx.losses.push(`no answer gives full credit; the ${cut}% answers are taken as right`);
  for (const { answer, credit: value } of credited) {
    if (value < cut && value > 0) ctx.losses.push(`the ${value}% partial-credit answer ${describe(answer)} is left out`);
    if (value <= 0 && answer.isCorrect) ctx.losses.push(`the 0% answer ${describe(answer)} (feedback only) is left out`);
  }
  return cut > 0 ? credited.filter((entry) => entry.credit >= cut).map((entry) => entry.answer) : [];
}

/** The feedback of the right answers, as MDX for the explanation: one text, or a list by answer. */
export function answerFeedback(answers: readonly { label: string; feedback: string }[]): string[] {
  const given = answers.filter((answer) => answer.feedback !== '');
  if (given.length === 0) return [];
  if (new Set(given.map((answer) => answer.feedback)).size === 1) return [textToMdx(given[0]?.feedback ?? '')];
  return [given.map((answer) => `- ${textToMdx(`${answer.label}: ${answer.feedback}`)}`).join('\n')];
}

/** A GIFT short-answer question. */
export function shortAnswer(question: ShortAnswer, ctx: GiftQuestionContext): TypedCheck | BlanksCheck {
  const describe = (choice: TextChoice) => `"${giftToText(choice.text)}"`;
  const right = rightAnswers(question.choices, ctx, describe);
  const accept = [...new Set(right.map((choice) => giftToText(choice.text)))];
  const feedback = answerFeedback(right.map((choice) => ({ label: giftToText(choice.text), feedback: giftToText(choice.feedback) })));
  const base = { id: ctx.id, line: ctx.line, hints: [], ...explanationOf(question.globalFeedback, ctx, feedback) };
  if (question.hasEmbeddedAnswers) {
    return { kind: 'blanks', ...base, stem: stemMdx(question.stem, ctx, true), blanks: [{ accept }] };
  }
  return { kind: 'typed', ...base, stem: stemMdx(question.stem, ctx), answer: { accept } };
}
