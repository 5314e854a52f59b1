/**
 * Small helpers over the MDX JSX nodes of mdast (from remark-mdx), so the analysis reads
 * as rules rather than node plumbing.
 */
import type { Nodes, Parent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Node } from 'unist';

/** An MDX JSX element, block or inline. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The components an author writes for self-checks. */
export const COMPONENTS = ['Question', 'Choice', 'Answer', 'Step', 'Pair', 'Blank', 'Hint', 'Explanation', 'Flashcard', 'Deck'] as const;
/** Name of one self-check component. */
export type ComponentName = (typeof COMPONENTS)[number];

/** Whether a node is an MDX JSX element. */
export function isJsxElement(node: Node | undefined): node is JsxElement {
  return node?.type === 'mdxJsxFlowElement' || node?.type === 'mdxJsxTextElement';
}

/** The self-check component a node is, if any. */
export function componentName(node: Node | undefined): ComponentName | undefined {
  if (!isJsxElement(node) || node.name === null) return undefined;
  return (COMPONENTS as readonly string[]).includes(node.name) ? (node.name as ComponentName) : undefined;
}

/** Whether a node is the given self-check component. */
export function isComponent(node: Node | undefined, name: ComponentName): node is JsxElement {
  return componentName(node) === name;
}

/** Whether a node has children (mdast parents, JSX elements included). */
export function isParent(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children);
}

/** The first attribute with this name, ignoring spread attributes. */
export function getAttribute(element: JsxElement, name: string): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
}

/** A string attribute for the render contract (`null` renders as a bare boolean attribute). */
export function stringAttribute(name: string, value: string | null): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** A block-level element created for the render contract. */
export function createElement(
  name: string,
  attributes: MdxJsxAttribute[],
  children: Nodes[] = [],
): MdxJsxFlowElement {
  // Wrappers may hold inline nodes lifted from paragraphs; MDX renders both kinds alike.
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

/** 1-based line and column of the first node that has a position (0, 0 when none has). */
export function positionOf(...nodes: (Node | undefined)[]): { line: number; column: number } {
  for (const node of nodes) {
    const start = node?.position?.start;
    if (start) return { line: start.line, column: start.column };
  }
  return { line: 0, column: 0 };
}
