/**
 * Which kind a question is, from the components of its answer part: choices, one answer,
 * steps, pairs or blanks, never a mix and never none. Blanks are found inside the question
 * text (in paragraphs, lists or emphasis); the other parts are the question's own children.
 */
import type { RootContent } from 'mdast';
import type { Node } from 'unist';
import type { AnswerComponent } from '../kinds/types';
import { componentName, isComponent, isParent, type JsxElement } from './mdx';
import type { CheckContext } from './report';

/** How the messages name each component of an answer part, and the question it makes. */
const NAMES: Record<AnswerComponent, { one: string; several: string; the: string; kind: string }> = {
  // A choice question always has several choices, and a typed one one answer: the wording
  // of the "both choices and an answer" message stays as authors have long known it.
  Choice: { one: '`<Choice>`s', several: '`<Choice>`s', the: 'the `<Choice>`s', kind: 'choice' },
  Answer: { one: 'an `<Answer>`', several: 'an `<Answer>`', the: 'the `<Answer>`', kind: 'typed' },
  Step: { one: 'a `<Step>`', several: '`<Step>`s', the: 'the `<Step>`s', kind: 'ordering' },
  Pair: { one: 'a `<Pair>`', several: '`<Pair>`s', the: 'the `<Pair>`s', kind: 'matching' },
  Blank: { one: 'a `<Blank>`', several: '`<Blank>`s', the: 'the `<Blank>`s', kind: 'fill-in-the-blank' },
};

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}

/**
 * The `<Blank>`s in a question's text, in reading order. A blank inside another self-check
 * component (a `<Choice>`, a `<Hint>`) is not the question's: placement reports it.
 */
export function findBlanks(stem: readonly RootContent[]): JsxElement[] {
  const found: JsxElement[] = [];
  const walk = (node: Node): void => {
    if (isComponent(node, 'Blank')) found.push(node);
    else if (isParent(node) && !componentName(node)) node.children.forEach(walk);
  };
  stem.forEach(walk);
  return found;
}

/**
 * The one component a question's answer part is written with, or undefined (reported) when
 * it has none or a mix. `parts` are the answer-part elements, blanks included, in order.
 */
export function answerComponent(question: JsxElement, parts: readonly JsxElement[], ctx: CheckContext): AnswerComponent | undefined {
  const count = new Map<AnswerComponent, number>();
  for (const part of parts) count.set(part.name as AnswerComponent, (count.get(part.name as AnswerComponent) ?? 0) + 1);
  const used = [...count.keys()];
  if (used.length > 1) {
    const what = used.map((name) => (count.get(name)! > 1 ? NAMES[name].several : NAMES[name].one));
    const keep = used.map((name, n) => `${NAMES[name].the} for ${article(NAMES[name].kind)} ${NAMES[name].kind} ${n === 0 ? 'question' : 'one'}`);
    ctx.report(
      [question],
      used.length === 2
        ? `This \`<Question>\` has both ${what[0]} and ${what[1]}; it needs one or the other.`
        : `This \`<Question>\` has ${listed(what)}; it needs only one of these kinds of answer.`,
      `Keep ${keep.slice(0, -1).join(', ')}, or ${keep[keep.length - 1]}.`,
    );
    return undefined;
  }
  if (used.length === 0) {
    ctx.report(
      [question],
      'This `<Question>` has no `<Choice>`s and no `<Answer>`.',
      'Add at least two `<Choice>`s (one marked `correct`), or one `<Answer accept={["..."]} />`; or write `<Step>`s, `<Pair>`s or `<Blank>`s for an ordering, matching or fill-in-the-blank question.',
    );
  }
  return used[0];
}
