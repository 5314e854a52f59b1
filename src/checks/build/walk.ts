/**
 * Finding every self-check component in a lesson, with what it sits in, before the tree
 * is rewritten for rendering.
 */
import type { Parent } from 'mdast';
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
