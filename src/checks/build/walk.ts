/**
 * Walking a lesson's tree: finding every self-check component with what it sits in, before
 * the tree is rewritten for rendering, and visiting every node in document order.
 */
import type { Parent } from 'mdast';
import type { Node } from 'unist';
import { componentName, isParent, type ComponentName, type JsxElement } from './mdx';

/** A self-check component and its surroundings. */
export interface FoundComponent {
  node: JsxElement;
  name: ComponentName;
  /** The node directly containing it. */
  parent: Parent;
  /** The nearest enclosing self-check component, if any. */
  enclosing?: JsxElement;
}

/** All self-check components under `root`, in document order (outer before inner). */
export function findComponents(root: Parent): FoundComponent[] {
  const found: FoundComponent[] = [];
  const walk = (parent: Parent, enclosing: JsxElement | undefined): void => {
    for (const child of parent.children) {
      const name = componentName(child);
      if (name) {
        const node = child as JsxElement;
        found.push(enclosing ? { node, name, parent, enclosing } : { node, name, parent });
        walk(node, node);
      } else if (isParent(child)) {
        walk(child, enclosing);
      }
    }
  };
  walk(root, undefined);
  return found;
}

/**
 * Calls `visit` on `node` and every node under it, in document order (a node before its
 * children): what `unist-util-visit` does without a test, for the build's readings of every
 * lesson, where that library's bookkeeping (an ancestors array per node) cost half a second
 * of a 1,000-lesson build (issue 19).
 */
export function eachNode(node: Node, visit: (node: Node) => void): void {
  visit(node);
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) eachNode(child, visit);
}
