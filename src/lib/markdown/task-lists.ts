import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** Inline elements that may share a `<label>` with a task's checkbox. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

const isCheckbox = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

const classes = (node: Element): string[] => {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

/** Where a task's inline content ends: the first child after `index` that is a block. */
function inlineEnd(children: readonly ElementContent[], index: number): number {
  let end = index + 1;
  while (end < children.length) {
    const next = children[end]!;
    if (next.type === 'element' ? !PHRASING.has(next.tagName) : next.type !== 'text') break;
    end++;
  }
  return end;
}

/** A plain copy of a node Sätteri handed over (its own bookkeeping and positions left out). */
function plain<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key.startsWith('_') || key === 'position' ? undefined : value))) as T;
}

/**
 * GitHub task lists (`- [x] Tag the build`) render as a list item that starts with a disabled
 * checkbox, which has no label: a screen reader announces "checkbox, checked" without saying
 * what is done, and axe reports it. This puts the checkbox and the task's text (up to the
 * first block, such as a nested list) in one `<label class="mn-task">`. Works on tight and
 * loose lists (the checkbox then sits in the item's first paragraph). A Sätteri hast plugin.
 */
export function taskListsPlugin(): HastPluginDefinition {
  return {
    name: 'mnemo:task-lists',
    element: {
      filter: ['li'],
      visit(item, ctx) {
        if (!classes(item).includes('task-list-item')) return;
        const host = item.children.find((child): child is Element => child.type === 'element') ?? item;
        const holder = host.tagName === 'p' ? host : item;
        const children = holder.children;
        const index = children.findIndex((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
        const checkbox = children[index];
        if (!isCheckbox(checkbox)) return;
        const rest = children.slice(index + 1, inlineEnd(children, index));
        // The checkbox stays; the label wraps it and takes the task's text after it.
        ctx.wrapNode(checkbox, { type: 'element', tagName: 'label', properties: { className: ['mn-task'] }, children: rest.map(plain) });
        for (const node of rest) ctx.removeNode(node);
      },
    },
  };
}
