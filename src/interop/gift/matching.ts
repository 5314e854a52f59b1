/**
 * GIFT matching questions (`{=prompt -> answer ...}`) as `<Pair>`s. Moodle stores each answer
 * as plain text; a pair with an empty prompt only adds a wrong answer to pick from, which Mnemo
 * has no place for, so it is left out and reported.
 */
import type { Matching } from 'gift-pegjs';
import { textToMdx } from '../mdx-text.ts';
import type { PairsCheck } from '../model.ts';
import { explanationOf, stemMdx, type GiftQuestionContext } from './shared.ts';
import { giftToText, matchingAnswer } from './text.ts';

/** A GIFT matching question. */
export function matching(question: Matching, ctx: GiftQuestionContext): PairsCheck {
  const pairs = question.matchPairs.flatMap((pair) => {
    const prompt = giftToText(pair.subquestion);
    const answer = matchingAnswer(pair.subanswer).trim();
    if (prompt === '') {
      ctx.losses.push(`the extra answer "${answer}" (a pair without a prompt) is left out`);
      return [];
    }
    return [{ prompt, mdx: textToMdx(answer) }];
  });
  return {
    kind: 'pairs',
    id: ctx.id,
    line: ctx.line,
    stem: stemMdx(question.stem, ctx),
    pairs,
    hints: [],
    ...explanationOf(question.globalFeedback, ctx),
  };
}
