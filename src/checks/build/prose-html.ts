/**
 * The HTML of a self-check's part read straight from its Markdown nodes, when the part is only
 * prose: paragraphs of text, emphasis, strong, strikethrough (`~~`), inline code and hard line
 * breaks. Such nodes are turned into HTML nodes as Sätteri turns them (mdast-util-to-hast's
 * rules: spaces and tabs around a line ending in text dropped, a line ending in inline code
 * written as a space, a hard break written as `<br>` and a line ending) and serialized by
 * `staticHtml`, as the prerender serializes the HTML tree; tests/unit/checks/prose-html.test.ts
 * compiles the same lessons both ways and compares. Anything else (a link, which gets the base;
 * a code block, which Shiki colours; lists, tables, images, headings, components, expressions)
 * is left to the prerender's reading of the HTML tree (prerender.ts).
 */
import type { Nodes } from 'mdast';
import { staticHtml, type TreeNode } from './static-html';

/** The element each prose container becomes. */
const TAGS: Partial<Record<Nodes['type'], string>> = { paragraph: 'p', emphasis: 'em', strong: 'strong', delete: 'del' };

/** The node as HTML nodes, or undefined when it is not prose. */
function converted(node: Nodes): TreeNode[] | undefined {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1') }];
    case 'inlineCode':
      return [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: node.value.replace(/\r?\n|\r/g, ' ') }] }];
    case 'break':
      return [{ type: 'element', tagName: 'br', properties: {}, children: [] }, { type: 'text', value: '\n' }];
    case 'paragraph':
    case 'emphasis':
    case 'strong':
    case 'delete': {
      const children = convertedAll(node.children);
      return children && [{ type: 'element', tagName: TAGS[node.type]!, properties: {}, children }];
    }
    default:
      return undefined;
  }
}

function convertedAll(nodes: readonly Nodes[]): TreeNode[] | undefined {
  const out: TreeNode[] = [];
  for (const node of nodes) {
    const html = converted(node);
    if (!html) return undefined;
    out.push(...html);
  }
  return out;
}

/**
 * The HTML of `nodes` when they are only prose (see the module comment), else undefined.
 * @example proseHtml([{ type: 'paragraph', children: [{ type: 'text', value: 'a < b' }] }]) // '<p>a &lt; b</p>'
 */
export function proseHtml(nodes: readonly Nodes[]): string | undefined {
  const tree = convertedAll(nodes);
  return tree && staticHtml(tree);
}
