import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rehypeCellSpacing } from '../../../src/lib/markdown/rehype-cell-spacing';
import { rehypeTaskLists } from '../../../src/lib/markdown/rehype-task-lists';

/** The HTML tree of `markdown` (CommonMark + GFM), after the task-list plugin. */
function tree(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const hast = toHast(processor.runSync(processor.parse(markdown)) as Parameters<typeof toHast>[0]) as Root;
  rehypeTaskLists()(hast);
  return hast;
}

/** Each label: its text, whether it holds a checkbox, and the tag of what follows it. */
function labels(root: Root) {
  const found: { text: string; checkbox: boolean; parent: string; next?: string }[] = [];
  visit(root, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'label') return;
    const after = (parent?.children ?? []).slice((index ?? 0) + 1).find((c) => c.type === 'element') as Element | undefined;
    const checkbox = node.children.some((c) => c.type === 'element' && c.tagName === 'input' && c.properties.type === 'checkbox');
    found.push({ text: toText(node).trim(), checkbox, parent: (parent as Element).tagName, next: after?.tagName });
  });
  return found;
}

describe('rehypeTaskLists', () => {
  it('labels each task’s checkbox with its text, inline markup included, in tight lists', () => {
    expect(labels(tree('- [x] Tag the build\n- [ ] Run the *smoke* tests\n'))).toEqual([
      { text: 'Tag the build', checkbox: true, parent: 'li', next: undefined },
      { text: 'Run the smoke tests', checkbox: true, parent: 'li', next: undefined },
    ]);
  });

  it('stops the label before a nested list, and works in loose lists', () => {
    expect(labels(tree('- [ ] Parent\n  - child\n'))).toEqual([{ text: 'Parent', checkbox: true, parent: 'li', next: 'ul' }]);
    expect(labels(tree('- [ ] First\n\n- [x] Loose item\n')).at(-1)).toMatchObject({ text: 'Loose item', checkbox: true, parent: 'p' });
  });

  it('leaves ordinary lists alone', () => {
    expect(labels(tree('- [link](x) item\n- plain\n'))).toEqual([]);
  });
});

describe('rehypeCellSpacing', () => {
  it('separates the cells of a row that has nothing between them', () => {
    const cell = (tagName: string, value: string) => ({ type: 'element' as const, tagName, properties: {}, children: [{ type: 'text' as const, value }] });
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'tr', properties: {}, children: [cell('th', 'Class'), cell('th', 'Meaning'), cell('th', 'Example')] }] };
    rehypeCellSpacing()(tree);
    const row = tree.children[0] as { children: { type: string; value?: string }[] };
    expect(row.children.map((c) => c.type)).toEqual(['element', 'text', 'element', 'text', 'element']);
    expect(row.children[1]!.value).toBe('\n');
  });
});
