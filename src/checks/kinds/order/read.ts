/**
 * Reading an ordering question's `<Step>`s, written in the right order: at least two, none
 * empty, no two alike (the learner could not tell two equal steps apart, and either place
 * would be marked wrong).
 */
import type { JsxElement } from '../../build/mdx';
import { positionOf } from '../../build/mdx';
import type { CheckContext } from '../../build/report';
import { hasContent, plainText } from '../../build/text';
import type { AnswerOf, QuestionElement } from '../types';

/** The steps of one question, in the order written (the right order). */
export function readSteps(parts: JsxElement[], { node: question }: QuestionElement, ctx: CheckContext): AnswerOf<'order'> | undefined {
  const steps = parts.map((part) => plainText(part.children));
  const firstAt = new Map<string, number>();
  parts.forEach((part, n) => {
    if (!hasContent(part.children)) {
      ctx.report([part], 'This `<Step>` is empty.', 'Write the step between `<Step>` and `</Step>`, or remove it.');
      return;
    }
    const key = steps[n]!.toLowerCase();
    const earlier = firstAt.get(key);
    if (earlier === undefined) {
      firstAt.set(key, n);
      return;
    }
    ctx.report(
      [part],
      `This \`<Step>\` reads the same as step ${earlier + 1} (line ${positionOf(parts[earlier]).line}); the learner could not tell their places apart.`,
      'Make each step say something different, e.g. what sets this one apart from the other.',
    );
  });
  if (parts.length < 2) {
    ctx.report(
      [question],
      'This `<Question>` has only one `<Step>`; an ordering question needs at least two.',
      'Add the other steps, each in its own `<Step>`, in the right order.',
    );
  }
  return { kind: 'order', steps };
}
