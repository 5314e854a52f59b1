/**
 * The HTML of a self-check's part (its stem, a choice, a hint...) read from the lesson's HTML
 * tree during its compile, when the part is static: plain elements, text, comments, and JSX
 * elements written as lowercase HTML tags with literal attributes (`<kbd>`, the blanks'
 * placeholders). A part holding anything the page has to render (a component, an `{expression}`,
 * an image that becomes Astro's `<Image>`, a heading that gets an id and a place in the table
 * of contents) is not static: its self-check is left to its component, which renders it as
 * before (components/checks/).
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** A node of Sätteri's HTML tree, as far as serializing reads it. */
export interface TreeNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Properties;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  value?: unknown;
  children?: readonly TreeNode[];
}

/** Elements whose rendering other plugins still change after the self-checks are rendered. */
const NOT_STATIC = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'picture', 'script', 'style']);

/** A lowercase HTML tag name, as a JSX element written as plain HTML has. */
const HTML_TAG = /^[a-z][a-z0-9-]*$/;

/** The node as a plain hast node, or undefined when it is not static (see the module comment). */
function plain(node: TreeNode): ElementContent | undefined {
  switch (node.type) {
    case 'text':
      return { type: 'text', value: String(node.value ?? '') };
    case 'comment':
      return { type: 'comment', value: String(node.value ?? '') };
    case 'raw':
      return { type: 'raw', value: String(node.value ?? '') } as unknown as ElementContent;
    case 'element': {
      if (!node.tagName || NOT_STATIC.has(node.tagName)) return undefined;
      const children = plainAll(node.children ?? []);
      return children && ({ type: 'element', tagName: node.tagName, properties: { ...node.properties }, children } satisfies Element);
    }
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement': {
      const name = node.name;
      if (!name || !HTML_TAG.test(name) || NOT_STATIC.has(name)) return undefined;
      const properties: Properties = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return undefined;
        const value = attribute.value;
        if (value === null || value === undefined) properties[attribute.name] = true;
        else if (typeof value === 'string') properties[attribute.name] = value;
        else return undefined;
      }
      const children = plainAll(node.children ?? []);
      return children && ({ type: 'element', tagName: name, properties, children } satisfies Element);
    }
    default:
      return undefined;
  }
}

function plainAll(nodes: readonly TreeNode[]): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const converted = plain(node);
    if (!converted) return undefined;
    out.push(converted);
  }
  return out;
}

/**
 * The HTML of `nodes`, or undefined when any of them is not static. Text is escaped with named
 * references (`&lt;`, `&amp;`), as the page's renderer writes them.
 * @example staticHtml([{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'a < b' }] }]) // '<p>a &lt; b</p>'
 */
export function staticHtml(nodes: readonly TreeNode[]): string | undefined {
  const tree = plainAll(nodes);
  return tree && toHtml(tree, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
}
