/**
 * Lifting self-check components out of paragraphs. MDX parses a component written on one
 * line (`<Choice correct>Yes</Choice>`), and consecutive such lines, as inline elements
 * inside a paragraph; authors mean them as blocks, as in the authoring contract's example.
 * `<Blank>` is the exception: it is a gap in a sentence, so it stays where it is written.
 */
import type { Paragraph, Parent, PhrasingContent, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { componentName, isJsxElement, isParent } from './mdx';

/** Whether a node is a self-check component written inline that is meant as a block. */
function isLifted(node: Node): boolean {
  const name = componentName(node);
  return node.type === 'mdxJsxTextElement' && name !== undefined && name !== 'Blank';
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** A paragraph of the inline run between lifted components, trimmed; undefined when blank. */
function paragraphOf(run: PhrasingContent[]): Paragraph | undefined {
  if (run.every(isBlank)) return undefined;
  const children = run.map((node) => ({ ...node }));
  const first = children[0]!;
  const last = children[children.length - 1]!;
  if (first.type === 'text') first.value = first.value.trimStart();
  if (last.type === 'text') last.value = last.value.trimEnd();
  const start = run[0]!.position?.start;
  const end = run[run.length - 1]!.position?.end;
  const paragraph: Paragraph = { type: 'paragraph', children };
  if (start && end) paragraph.position = { start, end };
  return paragraph;
}

/** A paragraph split into its components (now blocks) and paragraphs of what lies between. */
function splitParagraph(paragraph: Paragraph): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = (): void => {
    const p = paragraphOf(run);
    if (p) out.push(p);
    run = [];
  };
  for (const child of paragraph.children) {
    if (isLifted(child)) {
      flush();
      // Same node, now a block; its inline children render the same inside a block element.
      const block = child as unknown as MdxJsxFlowElement;
      block.type = 'mdxJsxFlowElement';
      out.push(block);
    } else {
      run.push(child);
    }
  }
  flush();
  return out;
}

/**
 * Replaces, throughout the tree, every paragraph holding a self-check component with the
 * component as a block element and paragraphs of the remaining inline content.
 */
export function liftComponents(parent: Parent): void {
  const lifted: RootContent[] = [];
  for (const child of parent.children) {
    const holdsComponent = child.type === 'paragraph' && child.children.some(isLifted);
    if (holdsComponent) lifted.push(...splitParagraph(child));
    else lifted.push(child);
    // A one-line `<Question>What? <Answer … /></Question>` holds its parts without a paragraph.
    if (isJsxElement(parent) && isLifted(child)) {
      (child as unknown as MdxJsxFlowElement).type = 'mdxJsxFlowElement';
    }
  }
  parent.children = lifted;
  for (const child of parent.children) if (isParent(child)) liftComponents(child);
}
