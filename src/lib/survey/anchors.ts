/**
 * The ids a lesson's own content gives its page, read from the lesson's HTML tree (hast)
 * as the compile makes it: headings (ids from their text, by Astro's own rule,
 * `rehypeHeadingIds`, which uses github-slugger), footnotes, and ids written in HTML or JSX.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, positionOf } from '../../checks/build/mdx';
import type { PageAnchor } from './types';

const HEADING = /^h[1-6]$/;
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]+)"|'([^']+)')/gi;

/**
 * Gives the tree's headings their ids as Astro will (it keeps an id already set, so running
 * it first changes nothing), then lists every id in the tree in document order.
 */
export function pageAnchors(tree: HastRoot, file: VFile): PageAnchor[] {
  (rehypeHeadingIds() as unknown as (tree: HastRoot, file: VFile) => void)(tree, file);
  const anchors: PageAnchor[] = [];
  visit(tree, (node: Node) => {
    const line = positionOf(node).line;
    if (node.type === 'element') {
      const element = node as unknown as { tagName: string; properties: Record<string, unknown> };
      const id = element.properties.id ?? (element.tagName === 'a' ? element.properties.name : undefined);
      if (typeof id === 'string' && id) anchors.push({ id, line, heading: HEADING.test(element.tagName) });
    } else if (node.type === 'raw') {
      for (const match of (node as unknown as { value: string }).value.matchAll(HTML_ID)) anchors.push({ id: (match[1] ?? match[2])!, line, heading: false });
    } else if (isJsxElement(node)) {
      for (const attribute of node.attributes) {
        const named = attribute.type === 'mdxJsxAttribute' && (attribute.name === 'id' || (attribute.name === 'name' && node.name === 'a'));
        if (named && typeof attribute.value === 'string' && attribute.value) anchors.push({ id: attribute.value, line, heading: false });
      }
    }
  });
  return anchors;
}
