/**
 * The ids a lesson's page gets, read from Sätteri's HTML tree (hast) during the compile, before
 * Astro's own heading-ids plugin runs: headings get their ids by that plugin's rule (an id
 * already set is kept; else github-slugger on the heading's text, with `frontmatter.x`
 * expressions read from the frontmatter), then every other id in the tree (footnotes, ids
 * written in HTML or JSX), in document order.
 */
import { satteriCollectHastText } from '@astrojs/markdown-satteri';
import Slugger from 'github-slugger';
import type { HastNode } from 'satteri';
import { anchorsOf, type AnchorNode } from './anchors';
import type { PageAnchor } from './types';

/** What reading the ids needs from Sätteri's hast plugin context. */
export interface AnchorContext {
  textContent(node: Readonly<HastNode>): string;
  readonly data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The page's ids; `lineOffset` moves the tree's lines to the file's (see `anchorsOf` for lines). */
export function satteriAnchors(root: unknown, ctx: AnchorContext, lineOffset: number): PageAnchor[] {
  const slugger = new Slugger();
  const headingId = (node: AnchorNode): string => {
    const raw = ctx.textContent(node as unknown as HastNode);
    const text = raw.includes('frontmatter') ? satteriCollectHastText(node as unknown as HastNode, ctx.data.astro?.frontmatter ?? {}) : raw;
    return slugger.slug(text);
  };
  return anchorsOf(root as AnchorNode, headingId, (line) => line + lineOffset);
}
