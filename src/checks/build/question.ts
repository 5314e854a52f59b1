/**
 * Reading a `<Question>`: its stem, its answer part (read by the kind that owns the part's
 * component; `<Blank>`s sit inside the stem), hints and explanation, with every rule of the
 * authoring contract checked.
 * Reads the tree; never changes it.
 */
import type { RootContent } from 'mdast';
import { READERS, type AnswerComponent } from '../kinds';
import { answerComponent, findBlanks } from './answer-kind';
import type { QuestionSpec } from '../schema';
import { readAttribute, readBoolean } from './attribute-values';
import { resolveId } from './lesson-ids';
import { componentName, positionOf, type JsxElement } from './mdx';
import type { CheckContext } from './report';
import { BLANK_TEXT, hasContent, isInvisible, plainText } from './text';
import type { QuestionNodes } from './types';

// `<Blank>`s are answer parts written inside the question text, found there (`findBlanks`).
const isAnswerComponent = (name: string | undefined): name is AnswerComponent => name !== undefined && name !== 'Blank' && name in READERS;

/** At most 200 characters, never splitting a character outside the Basic Multilingual Plane. */
export function clip(text: string): string {
  return Array.from(text).slice(0, 200).join('');
}

/** Splits a question's children into its parts, reporting question text after the answer part. */
function partition(question: JsxElement, ctx: CheckContext) {
  const stem: RootContent[] = [];
  const parts: JsxElement[] = [];
  const hints: JsxElement[] = [];
  const explanations: JsxElement[] = [];
  let firstPart: JsxElement | undefined;
  for (const child of question.children as RootContent[]) {
    const name = componentName(child);
    const element = child as JsxElement;
    if (isAnswerComponent(name)) {
      firstPart ??= element;
      parts.push(element);
    } else if (name === 'Hint') {
      hints.push(element);
    } else if (name === 'Explanation') {
      explanations.push(element);
    } else if (isInvisible(child)) {
      if (child.type !== 'text') stem.push(child);
    } else {
      if (firstPart) {
        ctx.report(
          [child, question],
          `This comes after the first \`<${firstPart.name}>\` of its \`<Question>\`, but the question text must come first.`,
          `Move it above the first \`<${firstPart.name}>\`, or into a \`<Hint>\` or \`<Explanation>\`.`,
        );
      }
      stem.push(child);
    }
  }
  return { stem, parts, hints, explanations };
}

function requireContent(node: JsxElement, ctx: CheckContext, what: string): void {
  if (hasContent(node.children)) return;
  ctx.report([node], `This \`<${node.name}>\` is empty.`, `Write ${what} between \`<${node.name}>\` and \`</${node.name}>\`, or remove it.`);
}

/**
 * Reads and checks one `<Question>`; problems go to `ctx`. The spec is undefined when the
 * answer part cannot be read (its problems are reported).
 */
export function readQuestion(node: JsxElement, ctx: CheckContext): Omit<QuestionNodes, 'spec'> & { id: string; spec?: QuestionSpec } {
  const multiple = readAttribute(node, 'multiple', readBoolean, ctx);
  const shuffle = readAttribute(node, 'shuffle', readBoolean, ctx);
  const { stem, parts, hints, explanations } = partition(node, ctx);
  const stemText = plainText(stem);
  if (!hasContent(stem)) {
    ctx.report([node], 'This `<Question>` has no question text.', 'Write the question right after `<Question>`, before the first `<Choice>` or `<Answer>`.');
  }
  const blanks = findBlanks(stem);
  const component = answerComponent(node, [...parts, ...blanks], ctx);
  if (component === 'Blank' && stemText.split(BLANK_TEXT).join('').trim() === '') {
    ctx.report(
      [node],
      'This `<Question>` has `<Blank>`s but no text around them.',
      'Write the sentence the blanks belong in, e.g. `An image pinned by its <Blank accept={["digest"]} /> cannot change.`',
    );
  }
  const element = { node, ...(multiple === undefined ? {} : { multiple }), ...(shuffle === undefined ? {} : { shuffle }) };
  const answerParts = component === 'Blank' ? blanks : parts;
  const answer = component ? READERS[component].read(answerParts, element, ctx) : undefined;
  for (const hint of hints) requireContent(hint, ctx, 'the hint');
  for (const explanation of explanations) requireContent(explanation, ctx, 'the explanation');
  if (explanations.length > 1) {
    ctx.report([explanations[1], node], 'This `<Question>` has more than one `<Explanation>`.', 'Merge them into one `<Explanation>`.');
  }
  const id = resolveId(node, stemText, 'q', ctx);
  const read = { id, node, stem, parts: answerParts, hints, ...(explanations[0] ? { explanation: explanations[0] } : {}) };
  if (!answer) return read;
  const explanation = explanations[0] ? plainText(explanations[0].children) : undefined;
  const spec = {
    ...answer,
    id,
    lesson: ctx.lesson,
    file: ctx.guideFile,
    line: positionOf(node).line,
    stem: clip(stemText),
    hints: hints.map((hint) => plainText(hint.children)),
    ...(explanation === undefined ? {} : { explanation }),
  } as QuestionSpec;
  return { ...read, spec };
}
