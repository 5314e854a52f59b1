import type { HastPluginDefinition } from 'satteri';

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * Authors write site-absolute links as `/releasing/canary/`; the site may be served from a
 * sub-path (`base: /guide/`), so such links get the base prefixed. Protocol-relative (`//x`)
 * and other links are left alone. A Sätteri hast plugin; none is needed without a base.
 * @example with base "/guide/": "/favicon.svg" -> "/guide/favicon.svg"
 */
export function baseLinksPlugin(options: { base: string }): HastPluginDefinition | undefined {
  const base = options.base.replace(/\/$/, '');
  if (!base) return undefined;
  return {
    name: 'mnemo:base-links',
    element: {
      filter: Object.keys(ATTRIBUTES),
      visit(node, ctx) {
        const name = ATTRIBUTES[node.tagName]!;
        const value = node.properties?.[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base + '/')) {
          ctx.setProperty(node, name, base + value);
        }
      },
    },
  };
}
