/**
 * Rewriting a checked `<Question>` into the render contract the Astro components rely on:
 *
 * ```
 * <Question id kind lesson [multiple] [shuffle="true|false"]>
 *   <QuestionStem>…stem…</QuestionStem>
 *   <QuestionChoices count="N"><Choice index correct="true|false" [feedback]>…</Choice>…</QuestionChoices>
 *     or <Answer …authored… kind="text|number" key="…" />
 *   [<QuestionHints count="N"><Hint index total>…</Hint>…</QuestionHints>]
 *   [<Explanation>…</Explanation>]
 * </Question>
 * ```
 *
 * The no-JS answer key is not in the tree: each `<Choice>` renders its own line of it, and
 * `<Answer>` the typed answer, so a lesson compiles no second copy of its choices.
 */
import type { Nodes } from 'mdast';
import { createElement, getAttribute, stringAttribute } from './mdx';
import type { ChoiceModel, QuestionModel } from './question';

function renderChoice(choice: ChoiceModel, index: number) {
  const node = choice.node;
  const feedback = getAttribute(node, 'feedback');
  node.attributes = [stringAttribute('index', String(index)), stringAttribute('correct', String(choice.correct))];
  if (feedback) node.attributes.push(feedback);
  return node;
}

/** Rewrites the question's element in place (see the module comment for the shape). */
export function renderQuestion(question: QuestionModel, lesson: string): void {
  const node = question.node;
  const multiple = getAttribute(node, 'multiple');
  node.attributes = [
    stringAttribute('id', question.id),
    stringAttribute('kind', question.kind),
    stringAttribute('lesson', lesson),
  ];
  if (multiple) node.attributes.push(multiple);
  if (question.shuffle !== undefined) node.attributes.push(stringAttribute('shuffle', String(question.shuffle)));

  const children: Nodes[] = [createElement('QuestionStem', [], question.stem)];
  if (question.answer) {
    const answer = question.answer;
    answer.node.attributes.push(stringAttribute('kind', answer.kind), stringAttribute('key', answer.key));
    children.push(answer.node);
  } else {
    const count = stringAttribute('count', String(question.choices.length));
    children.push(createElement('QuestionChoices', [count], question.choices.map(renderChoice)));
  }
  const total = question.hints.length;
  if (total > 0) {
    question.hints.forEach((hint, index) => {
      hint.attributes = [stringAttribute('index', String(index)), stringAttribute('total', String(total))];
    });
    children.push(createElement('QuestionHints', [stringAttribute('count', String(total))], question.hints));
  }
  if (question.explanation) children.push(question.explanation);
  node.children = children as typeof node.children;
}
