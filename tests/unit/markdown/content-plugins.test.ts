import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { cellSpacingPlugin } from '../../../src/lib/markdown/cell-spacing';
import { taskListsPlugin } from '../../../src/lib/markdown/task-lists';

const features = { gfm: true, smartPunctuation: { dashes: false } } as const;

/** The HTML tree of `source` (Markdown or MDX, with GFM) after `plugins`, as plain data. */
async function tree(source: string, plugins: HastPluginDefinition[], format: 'md' | 'mdx' = 'md'): Promise<Root> {
  let seen: Root | undefined;
  const capture: HastPluginDefinition = { name: 'capture', before: (root) => void (seen = JSON.parse(JSON.stringify(root, (key, v: unknown) => (key.startsWith('_') ? undefined : v))) as Root) };
  const options = { hastPlugins: [...plugins, capture], features };
  if (format === 'md') await markdownToHtml(source, options);
  else await mdxToJs(source, { ...options, jsxImportSource: 'astro' });
  return seen!;
}

/** Each label: its text, whether it holds a checkbox, and the tag of what follows it. */
function labels(root: Root) {
  const found: { text: string; checkbox: boolean; parent: string; next?: string; className?: unknown }[] = [];
  visit(root, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'label') return;
    const after = (parent?.children ?? []).slice((index ?? 0) + 1).find((c) => c.type === 'element') as Element | undefined;
    const checkbox = node.children.some((c) => c.type === 'element' && c.tagName === 'input' && c.properties.type === 'checkbox');
    found.push({ text: toText(node).trim(), checkbox, parent: (parent as Element).tagName, next: after?.tagName, className: node.properties.className });
  });
  return found;
}

describe('the task-list plugin', () => {
  it('labels each task’s checkbox with its text, inline markup included, in tight lists', async () => {
    for (const format of ['md', 'mdx'] as const) {
      expect(labels(await tree('- [x] Tag the build\n- [ ] Run the *smoke* tests\n', [taskListsPlugin()], format))).toEqual([
        { text: 'Tag the build', checkbox: true, parent: 'li', next: undefined, className: ['mn-task'] },
        { text: 'Run the smoke tests', checkbox: true, parent: 'li', next: undefined, className: ['mn-task'] },
      ]);
    }
  });

  it('stops the label before a nested list, and works in loose lists', async () => {
    expect(labels(await tree('- [ ] Parent\n  - child\n', [taskListsPlugin()]))).toMatchObject([{ text: 'Parent', checkbox: true, parent: 'li', next: 'ul' }]);
    expect(labels(await tree('- [ ] First\n\n- [x] Loose item\n', [taskListsPlugin()])).at(-1)).toMatchObject({ text: 'Loose item', checkbox: true, parent: 'p' });
  });

  it('renders the label around the box and its text', async () => {
    const { html } = await markdownToHtml('- [x] Tag the *build*\n', { hastPlugins: [taskListsPlugin()], features });
    expect(html).toContain('<label class="mn-task"><input type="checkbox" checked disabled> Tag the <em>build</em></label>');
  });

  it('leaves ordinary lists alone', async () => {
    expect(labels(await tree('- [link](x) item\n- plain\n', [taskListsPlugin()]))).toEqual([]);
  });
});

describe('the cell-spacing plugin', () => {
  /** Stands in for a row written with nothing between its cells (as MDX used to write them). */
  const packedRow: HastPluginDefinition = {
    name: 'packed-row',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        const cell = (value: string) => ({ type: 'element' as const, tagName: 'th', properties: {}, children: [{ type: 'text' as const, value }] });
        ctx.replaceNode(node, { type: 'element', tagName: 'tr', properties: {}, children: [cell('Class'), cell('Meaning'), cell('Example')] });
      },
    },
  };

  it('separates the cells of a row that has nothing between them', async () => {
    const root = await tree('row\n', [packedRow, cellSpacingPlugin()]);
    const row = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tr')!;
    expect(row.children.map((c) => c.type)).toEqual(['element', 'text', 'element', 'text', 'element']);
    expect(row.children.filter((c) => c.type === 'text').map((c) => c.value)).toEqual(['\n', '\n']);
  });

  it('adds nothing to rows that already have white space between their cells', async () => {
    const source = '| A | B |\n|---|---|\n| 1 | 2 |\n';
    for (const format of ['md', 'mdx'] as const) {
      expect(JSON.stringify(await tree(source, [cellSpacingPlugin()], format))).toBe(JSON.stringify(await tree(source, [], format)));
    }
  });
});
