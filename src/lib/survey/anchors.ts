/**
 * The ids a lesson's own content gives its page, read from the lesson's HTML tree (hast)
 * as the compile makes it: headings (ids from their text, by Astro's own rule,
 * `rehypeHeadingIds`, which uses github-slugger), footnotes, and ids written in HTML or JSX.
 * The compile reads them with satteri-anchors.ts; `npm run check` with source.ts.
 */
import { isJsxElement } from '../../checks/build/mdx';
import { LINE } from './tree-edits';
import type { PageAnchor } from './types';

const HEADING = /^h[1-6]$/;
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]+)"|'([^']+)')/gi;

/** A node of a hast tree (MDX's JSX nodes included), as far as reading ids needs. */
export interface AnchorNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  data?: Record<string, unknown>;
  children?: AnchorNode[];
}

/**
 * The ids one node gives the page (not its children's): an element's `id` (an `<a>`'s `name`),
 * a heading's id from `headingId` when it has none, ids written in raw HTML, and the `id` of a
 * JSX element. One rule for both readers: the tree walk below and the compile's (satteri-anchors.ts).
 */
export function nodeAnchors(node: AnchorNode, line: number, headingId: (heading: AnchorNode) => string): PageAnchor[] {
  if (node.type === 'element') {
    const properties = node.properties ?? {};
    const heading = HEADING.test(node.tagName ?? '');
    let id = properties.id ?? (node.tagName === 'a' ? properties.name : undefined);
    if (heading && typeof id !== 'string') id = headingId(node);
    return typeof id === 'string' && id ? [{ id, line, heading }] : [];
  }
  if (node.type === 'raw') return [...(node.value ?? '').matchAll(HTML_ID)].map((match) => ({ id: (match[1] ?? match[2])!, line, heading: false }));
  if (!isJsxElement(node as never)) return [];
  const anchors: PageAnchor[] = [];
  for (const attribute of node.attributes ?? []) {
    const named = attribute.type === 'mdxJsxAttribute' && (attribute.name === 'id' || (attribute.name === 'name' && node.name === 'a'));
    if (named && typeof attribute.value === 'string' && attribute.value) anchors.push({ id: attribute.value, line, heading: false });
  }
  return anchors;
}

/**
 * The file line of a node: its position's (moved by `lineOf`), or the line the lesson plugin
 * kept in `data` for an element it rewrote (see tree-edits.ts); undefined with neither.
 */
export function nodeLine(node: AnchorNode, lineOf: (line: number) => number): number | undefined {
  const sent = node.data?.[LINE];
  return node.position ? lineOf(node.position.start.line) : typeof sent === 'number' ? sent : undefined;
}

/**
 * Every id in the tree, in document order. A heading without an id gets `headingId(heading)`.
 * `lineOf` turns a position's line into the file's; a node without a line of its own takes the
 * line of the closest node around it that has one (0: none).
 */
export function anchorsOf(tree: AnchorNode, headingId: (heading: AnchorNode) => string, lineOf: (line: number) => number = (line) => line): PageAnchor[] {
  const anchors: PageAnchor[] = [];
  const visit = (node: AnchorNode, around: number): void => {
    const line = nodeLine(node, lineOf) ?? around;
    anchors.push(...nodeAnchors(node, line, headingId));
    for (const child of node.children ?? []) visit(child, line);
  };
  visit(tree, 0);
  return anchors;
}
