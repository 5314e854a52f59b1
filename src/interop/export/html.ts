/**
 * Rendered HTML made portable for other tools (Moodle, Anki), which have none of the guide's
 * styles or scripts: code blocks become plain `<pre><code>` with their language as a class,
 * Mnemo's classes, ids and data attributes go, form controls go, and site-absolute links get
 * the guide's public address when it is known.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';

/** Attributes another tool can use; every other one is dropped. */
const KEPT = new Set(['href', 'src', 'alt', 'title', 'colSpan', 'rowSpan', 'start', 'reversed', 'lang', 'dir']);

function isElement(node: Nodes): node is Element {
  return node.type === 'element';
}

function clean(node: Nodes, url: string | undefined): Nodes[] {
  if (node.type === 'comment') return [];
  if (!isElement(node)) {
    if ('children' in node) node.children = node.children.flatMap((child) => clean(child, url)) as typeof node.children;
    return [node];
  }
  if (node.tagName === 'input' || node.tagName === 'button' || node.tagName === 'script' || node.tagName === 'style') return [];
  // A code block's bar (its language and copy button) is the page's: the language stays as the code's class.
  const classes = (node.properties.className as string[] | undefined) ?? [];
  if (classes.includes('mn-code__bar')) return [];
  if (classes.includes('mn-code')) return node.children.flatMap((child) => clean(child, url));
  if (node.tagName === 'pre') {
    const language = node.properties.dataLanguage;
    const code: Element = { type: 'element', tagName: 'code', properties: typeof language === 'string' && language !== 'plaintext' ? { className: [`language-${language}`] } : {}, children: [{ type: 'text', value: toText(node, { whitespace: 'pre' }) }] };
    return [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }];
  }
  const properties: Element['properties'] = {};
  for (const [name, value] of Object.entries(node.properties)) if (KEPT.has(name)) properties[name] = value;
  for (const name of ['href', 'src'] as const) {
    const value = properties[name];
    if (url && typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) properties[name] = new URL(value, url).href;
  }
  node.properties = properties;
  node.children = node.children.flatMap((child) => clean(child, url)) as Element['children'];
  // A span or div that carried only Mnemo's styling adds nothing once the styling is gone.
  if ((node.tagName === 'span' || node.tagName === 'div') && Object.keys(properties).length === 0) return node.children as Nodes[];
  return [node];
}

/**
 * `html` for another tool. `url` is the guide's public origin and base (`https://example.org/guide/`),
 * used to make site-absolute links work outside the site.
 * @example portableHtml('<pre class="astro-code" data-language="sh"><code><span class="line">ls</span></code></pre>') // '<pre><code class="language-sh">ls</code></pre>'
 */
export function portableHtml(html: string, url?: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  tree.children = tree.children.flatMap((child) => clean(child, url)) as Root['children'];
  return toHtml(tree, { characterReferences: { useNamedReferences: true } }).trim();
}
