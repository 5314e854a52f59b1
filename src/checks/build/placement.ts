/**
 * Where each self-check component may appear: answer parts directly inside a question,
 * blanks in a question's text, flashcards at lesson level or in a deck, and no self-check
 * inside another.
 */
import type { Parent } from 'mdast';
import { isComponent, isJsxElement } from './mdx';
import type { CheckContext } from './report';
import type { FoundComponent } from './walk';

const QUESTION_PARTS = new Set(['Choice', 'Answer', 'Step', 'Pair', 'Hint', 'Explanation']);

const CONTAINERS: Record<string, string> = {
  blockquote: 'a block quote',
  list: 'a list',
  listItem: 'a list item',
  heading: 'a heading',
  paragraph: 'a paragraph',
  emphasis: 'emphasized text',
  strong: 'bold text',
  delete: 'struck-through text',
  link: 'a link',
  linkReference: 'a link',
  table: 'a table',
  tableRow: 'a table',
  tableCell: 'a table',
  footnoteDefinition: 'a footnote',
};

/** Where a node sits, for messages: "at lesson level", "inside `<Deck>`", "inside a list item". */
export function describePlace(parent: Parent): string {
  if (parent.type === 'root') return 'at lesson level';
  if (isJsxElement(parent)) return parent.name ? `inside \`<${parent.name}>\`` : 'inside a fragment `<>`';
  return `inside ${CONTAINERS[parent.type] ?? `a ${parent.type}`}`;
}

/** Reports a component that sits somewhere the authoring contract does not allow. */
export function checkPlacement({ node, name, parent, enclosing }: FoundComponent, ctx: CheckContext): void {
  const where = describePlace(parent);
  if (QUESTION_PARTS.has(name)) {
    if (isComponent(parent, 'Question')) return;
    ctx.report(
      [node],
      `\`<${name}>\` must be directly inside a \`<Question>\`, but it is ${where}.`,
      `Move it between \`<Question>\` and \`</Question>\`, after the question text.`,
    );
  } else if (name === 'Blank') {
    // Anywhere in the question text, inside paragraphs, lists or emphasis: the nearest
    // self-check component around it must be the question itself.
    if (enclosing?.name === 'Question') return;
    ctx.report(
      [node],
      `\`<Blank>\` must be in the text of a \`<Question>\`, but it is ${enclosing ? `inside \`<${enclosing.name}>\`` : 'outside any `<Question>`'}.`,
      'Write it in the question text, where the learner fills it in: `<Question>An image pinned by its <Blank accept={["digest"]} /> cannot change.</Question>`.',
    );
  } else if (name === 'Flashcard') {
    if (parent.type === 'root' || isComponent(parent, 'Deck')) return;
    ctx.report(
      [node],
      `\`<Flashcard>\` must be at lesson level or directly inside a \`<Deck>\`, but it is ${where}.`,
      'Move it out to lesson level, or directly between `<Deck>` and `</Deck>`.',
    );
  } else if (enclosing) {
    ctx.report(
      [node],
      `\`<${name}>\` cannot be inside \`<${enclosing.name}>\`; self-checks do not nest.`,
      `Close the \`<${enclosing.name}>\` with \`</${enclosing.name}>\` before this \`<${name}>\` starts.`,
    );
  }
}
