/**
 * Reading a `<Question>`: its stem, its answer part (choices or one `<Answer>`), hints and
 * explanation, with every rule of the authoring contract checked.
 */
import type { RootContent } from 'mdast';
import { analyzeAnswer, type AnswerModel } from './answer';
import { readAttribute, readBoolean, readString } from './attribute-values';
import { resolveId } from './lesson-ids';
import { componentName, type JsxElement } from './mdx';
import type { CheckContext } from './report';
import { hasContent, isInvisible, plainText } from './text';

/** One `<Choice>`, as read. */
export interface ChoiceModel {
  node: JsxElement;
  correct: boolean;
  feedback?: string;
  /** Plain text of the option. */
  text: string;
}

/** A `<Question>`, as read; the input of rendering and of its manifest row. */
export interface QuestionModel {
  node: JsxElement;
  id: string;
  kind: 'single' | 'multiple' | 'text' | 'number';
  /** Everything that is not a choice, answer, hint or explanation, in order. */
  stem: RootContent[];
  stemText: string;
  choices: ChoiceModel[];
  answer?: AnswerModel;
  hints: JsxElement[];
  explanation?: JsxElement;
  /** Authored `shuffle`, undefined when not written. */
  shuffle?: boolean;
}

function readChoice(node: JsxElement, ctx: CheckContext): ChoiceModel {
  const correct = readAttribute(node, 'correct', readBoolean, ctx) ?? false;
  const feedback = readAttribute(node, 'feedback', readString, ctx);
  if (!hasContent(node.children)) {
    ctx.report([node], 'This `<Choice>` is empty.', "Write the option's text between `<Choice>` and `</Choice>`.");
  }
  const text = plainText(node.children);
  return feedback === undefined ? { node, correct, text } : { node, correct, feedback, text };
}

function requireContent(node: JsxElement, ctx: CheckContext, what: string): void {
  if (hasContent(node.children)) return;
  ctx.report([node], `This \`<${node.name}>\` is empty.`, `Write ${what} between \`<${node.name}>\` and \`</${node.name}>\`, or remove it.`);
}

/** Splits a question's children into its parts, reporting question text after the answer part. */
function partition(question: JsxElement, ctx: CheckContext) {
  const stem: RootContent[] = [];
  const choices: JsxElement[] = [];
  const answers: JsxElement[] = [];
  const hints: JsxElement[] = [];
  const explanations: JsxElement[] = [];
  let firstAnswerPart: JsxElement | undefined;
  for (const child of question.children as RootContent[]) {
    const name = componentName(child);
    const element = child as JsxElement;
    if (name === 'Choice' || name === 'Answer') {
      firstAnswerPart ??= element;
      (name === 'Choice' ? choices : answers).push(element);
    } else if (name === 'Hint') {
      hints.push(element);
    } else if (name === 'Explanation') {
      explanations.push(element);
    } else if (isInvisible(child)) {
      if (child.type !== 'text') stem.push(child);
    } else {
      if (firstAnswerPart) {
        ctx.report(
          [child, question],
          `This comes after the first \`<${firstAnswerPart.name}>\` of its \`<Question>\`, but the question text must come first.`,
          `Move it above the first \`<${firstAnswerPart.name}>\`, or into a \`<Hint>\` or \`<Explanation>\`.`,
        );
      }
      stem.push(child);
    }
  }
  return { stem, choices, answers, hints, explanations };
}

/** Reports a question whose answer part breaks the contract: choices xor one answer. */
function checkAnswerPart(question: JsxElement, choices: ChoiceModel[], answers: JsxElement[], ctx: CheckContext): void {
  if (choices.length > 0 && answers.length > 0) {
    ctx.report(
      [question],
      'This `<Question>` has both `<Choice>`s and an `<Answer>`; it needs one or the other.',
      'Keep the `<Choice>`s for a choice question, or the `<Answer>` for a typed one.',
    );
    return;
  }
  if (choices.length === 0 && answers.length === 0) {
    ctx.report(
      [question],
      'This `<Question>` has no `<Choice>`s and no `<Answer>`.',
      'Add at least two `<Choice>`s (one marked `correct`), or one `<Answer accept={["..."]} />`.',
    );
  }
  if (answers.length > 1) {
    ctx.report(
      [answers[1], question],
      `This \`<Question>\` has ${answers.length} \`<Answer>\`s; it needs exactly one.`,
      'Put every accepted answer in one list: `<Answer accept={["first", "second"]} />`.',
    );
  }
  if (choices.length === 1) {
    ctx.report(
      [question],
      'This `<Question>` has only one `<Choice>`; a choice question needs at least two.',
      'Add another `<Choice>`, or replace the choice with an `<Answer>` for a typed answer.',
    );
  }
  if (choices.length > 0 && !choices.some((c) => c.correct)) {
    ctx.report(
      [question],
      "None of this `<Question>`'s choices is marked `correct`.",
      'Add `correct` to each right choice: `<Choice correct>...</Choice>`.',
    );
  }
}

/** Reads and checks one `<Question>`; problems go to `ctx`. */
export function analyzeQuestion(node: JsxElement, ctx: CheckContext): QuestionModel {
  const multiple = readAttribute(node, 'multiple', readBoolean, ctx);
  const shuffle = readAttribute(node, 'shuffle', readBoolean, ctx);
  const parts = partition(node, ctx);
  const stemText = plainText(parts.stem);
  if (!hasContent(parts.stem)) {
    ctx.report(
      [node],
      'This `<Question>` has no question text.',
      'Write the question right after `<Question>`, before the first `<Choice>` or `<Answer>`.',
    );
  }
  const choices = parts.choices.map((c) => readChoice(c, ctx));
  const answer = parts.answers[0] ? analyzeAnswer(parts.answers[0], ctx) : undefined;
  for (const extra of parts.answers.slice(1)) analyzeAnswer(extra, ctx);
  checkAnswerPart(node, choices, parts.answers, ctx);
  for (const hint of parts.hints) requireContent(hint, ctx, 'the hint');
  for (const explanation of parts.explanations) requireContent(explanation, ctx, 'the explanation');
  if (parts.explanations.length > 1) {
    ctx.report(
      [parts.explanations[1], node],
      'This `<Question>` has more than one `<Explanation>`.',
      'Merge them into one `<Explanation>`.',
    );
  }
  const correctCount = choices.filter((c) => c.correct).length;
  const kind =
    answer && choices.length === 0 ? answer.kind : multiple === true || correctCount > 1 ? 'multiple' : 'single';
  const model: QuestionModel = {
    node,
    id: resolveId(node, stemText, 'q', ctx),
    kind,
    stem: parts.stem,
    stemText,
    choices,
    hints: parts.hints,
  };
  if (answer) model.answer = answer;
  if (parts.explanations[0]) model.explanation = parts.explanations[0];
  if (shuffle !== undefined) model.shuffle = shuffle;
  return model;
}
