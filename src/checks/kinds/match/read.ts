/**
 * Reading a matching question's `<Pair>`s: each one's `prompt` and answer, and the rules of
 * the authoring contract (at least two pairs, prompts unique, nothing empty). Several
 * prompts may share an answer, but not all of them: there would be nothing to match.
 */
import { readAttribute, readString } from '../../build/attribute-values';
import { getAttribute, positionOf, type JsxElement } from '../../build/mdx';
import type { CheckContext } from '../../build/report';
import { hasContent, plainText } from '../../build/text';
import type { Pair } from '../../schema';
import type { AnswerOf, QuestionElement } from '../types';

const PROMPT_FIX = 'Write what the learner matches in `prompt`, e.g. `<Pair prompt="Liveness">Restart the container when it fails.</Pair>`.';

function readPair(node: JsxElement, ctx: CheckContext): Pair {
  const authored = readAttribute(node, 'prompt', readString, ctx);
  const prompt = (authored ?? '').replace(/\s+/g, ' ').trim();
  if (!getAttribute(node, 'prompt')) ctx.report([node], 'This `<Pair>` has no `prompt`.', PROMPT_FIX);
  else if (authored !== undefined && prompt === '') ctx.report([getAttribute(node, 'prompt'), node], 'The `prompt` of this `<Pair>` is empty.', PROMPT_FIX);
  if (!hasContent(node.children)) {
    ctx.report([node], 'This `<Pair>` has no answer.', 'Write the answer that goes with `prompt` between `<Pair prompt="...">` and `</Pair>`.');
  }
  return { prompt, answer: plainText(node.children) };
}

/** The pairs of one question, in the order written. */
export function readPairs(parts: JsxElement[], { node: question }: QuestionElement, ctx: CheckContext): AnswerOf<'match'> | undefined {
  const pairs = parts.map((part) => readPair(part, ctx));
  const firstAt = new Map<string, number>();
  pairs.forEach(({ prompt }, n) => {
    if (prompt === '') return;
    const earlier = firstAt.get(prompt.toLowerCase());
    if (earlier === undefined) {
      firstAt.set(prompt.toLowerCase(), n);
      return;
    }
    ctx.report(
      [getAttribute(parts[n]!, 'prompt'), parts[n]],
      `The prompt “${prompt}” is also the prompt of the \`<Pair>\` at line ${positionOf(parts[earlier]).line}; prompts must be unique.`,
      'Give each `<Pair>` its own `prompt`, or merge the two pairs into one.',
    );
  });
  if (pairs.length < 2) {
    ctx.report([question], 'This `<Question>` has only one `<Pair>`; a matching question needs at least two.', 'Add another `<Pair prompt="...">...</Pair>`.');
  } else if (pairs.every((pair) => pair.answer !== '' && pair.answer === pairs[0]!.answer)) {
    ctx.report(
      [question],
      "Every `<Pair>` of this `<Question>` has the same answer, so there is nothing to match.",
      'Give the pairs different answers; prompts may share an answer, but not all of them.',
    );
  }
  return { kind: 'match', pairs };
}
