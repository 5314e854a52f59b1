import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * Authors write site-absolute links as `/releasing/canary/`; the site may be served from a
 * sub-path (`base: /guide/`), so such links get the base prefixed. Protocol-relative (`//x`)
 * and other links are left alone.
 * @example with base "/guide/": "/favicon.svg" -> "/guide/favicon.svg"
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      const name = ATTRIBUTES[node.tagName];
      const value = name ? node.properties[name] : undefined;
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base + '/')) {
        node.properties[name!] = base + value;
      }
    });
  };
}
