/**
 * Reading a choice question's `<Choice>`s: each one's text, `correct` and `feedback`, and
 * the rules of the authoring contract (at least two, at least one correct).
 */
import { readAttribute, readBoolean } from '../../build/attribute-values';
import { misspelt } from '../../build/attributes';
import { readMarkdownAttribute } from '../../build/inline-markdown';
import type { JsxElement } from '../../build/mdx';
import type { CheckContext } from '../../build/report';
import { hasContent, plainText } from '../../build/text';
import type { Choice } from '../../schema';
import type { AnswerOf, QuestionElement } from '../types';

function readChoice(node: JsxElement, ctx: CheckContext): Choice {
  const correct = readAttribute(node, 'correct', readBoolean, ctx) ?? false;
  const feedback = readMarkdownAttribute(node, 'feedback', ctx)?.text;
  if (!hasContent(node.children)) {
    ctx.report([node], 'This `<Choice>` is empty.', "Write the option's text between `<Choice>` and `</Choice>`.");
  }
  const text = plainText(node.children);
  return feedback === undefined ? { text, correct } : { text, correct, feedback };
}

/**
 * The choices of one question. One correct choice makes a single-answer question; several,
 * or `multiple` on the question, make "select all that apply".
 */
export function readChoices(parts: JsxElement[], { node: question, multiple, shuffle }: QuestionElement, ctx: CheckContext): AnswerOf<'single' | 'multiple'> | undefined {
  const choices = parts.map((part) => readChoice(part, ctx));
  if (choices.length === 1) {
    ctx.report(
      [question],
      'This `<Question>` has only one `<Choice>`; a choice question needs at least two.',
      'Add another `<Choice>`, or replace the choice with an `<Answer>` for a typed answer.',
    );
  }
  const correct = choices.filter((c) => c.correct).length;
  if (correct === 0) {
    const typo = misspelt(parts, 'Choice', 'correct');
    if (typo) {
      ctx.report([question], `None of this \`<Question>\`'s choices is marked \`correct\`: \`${typo.name}\` is not \`correct\`.`, 'Fix the attribute named just above: write `correct`.', typo);
    } else {
      ctx.report([question], "None of this `<Question>`'s choices is marked `correct`.", 'Add `correct` to each right choice: `<Choice correct>...</Choice>`.');
    }
  }
  const kind = multiple === true || correct > 1 ? 'multiple' : 'single';
  return shuffle === undefined ? { kind, choices } : { kind, choices, shuffle };
}
