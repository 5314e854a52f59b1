import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Inline elements that may share a `<label>` with a task's checkbox. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

const isCheckbox = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

const classes = (node: Element): string[] => {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

/** Wraps the checkbox at `index` of `parent` and the inline content after it in a label. */
function label(parent: Element, index: number): void {
  let end = index + 1;
  while (end < parent.children.length) {
    const next = parent.children[end]!;
    if (next.type === 'element' ? !PHRASING.has(next.tagName) : next.type !== 'text') break;
    end++;
  }
  const wrapped = parent.children.slice(index, end);
  parent.children.splice(index, end - index, { type: 'element', tagName: 'label', properties: { className: ['mn-task'] }, children: wrapped });
}

/**
 * GitHub task lists (`- [x] Tag the build`) render as a list item that starts with a disabled
 * checkbox, which has no label: a screen reader announces "checkbox, checked" without saying
 * what is done, and axe reports it. This puts the checkbox and the task's text (up to the
 * first block, such as a nested list) in one `<label>`. Works on tight and loose lists
 * (the checkbox then sits in the item's first paragraph).
 */
export function rehypeTaskLists() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li' || !classes(node).includes('task-list-item')) return;
      const host = node.children.find((child): child is Element => child.type === 'element') ?? node;
      const holder = host.tagName === 'p' ? host : node;
      const index = holder.children.findIndex((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
      if (isCheckbox(holder.children[index])) label(holder, index);
    });
  };
}
