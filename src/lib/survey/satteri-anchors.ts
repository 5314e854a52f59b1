/**
 * The ids a lesson's page gets, read from Sätteri's HTML tree (hast) during the compile, before
 * Astro's own heading-ids plugin runs: headings get their ids by that plugin's rule (an id
 * already set is kept; else github-slugger on the heading's text, with `frontmatter.x`
 * expressions read from the frontmatter), then every other id in the tree (footnotes, ids
 * written in HTML or JSX), in document order.
 *
 * Sätteri hands a plugin only the nodes its visitors ask for: the elements whose ids can come
 * from Markdown (headings, and footnotes' links and items: other elements of the tree come
 * without ids, and ids written by hand are JSX or raw HTML), every JSX element and every raw
 * node. Reading the whole tree instead (the same rule, `anchorsOf`) cost as much as the rest
 * of Mnemo's compile plugins together (issue 19).
 */
import { satteriCollectHastText } from '@astrojs/markdown-satteri';
import Slugger from 'github-slugger';
import type { HastNode, HastPluginDefinition } from 'satteri';
import { nodeAnchors, nodeLine, type AnchorNode } from './anchors';
import type { PageAnchor } from './types';

/** What reading the ids needs from Sätteri's hast plugin context. */
export interface AnchorContext {
  textContent(node: Readonly<HastNode>): string;
  parent(node: Readonly<HastNode>): unknown;
  readonly data: Record<string, unknown> & { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Elements that can have an id in the tree of a compiled lesson before Astro's heading ids (see the module comment). */
export const ELEMENTS_WITH_IDS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'li', 'sup', 'section'];

/** Where a compile keeps its page's ids while the visitors run (`ctx.data` is the compile's own). */
const STATE = 'mnemoAnchors';

interface State {
  anchors: PageAnchor[];
  slugger: Slugger;
  /** Lines to move the tree's by. */
  offset: number;
}

/**
 * A Sätteri hast plugin that hands each compiled page's ids to `done`, in document order.
 * `lineOffset(ctx)` gives the lines to move the tree's by (see `anchorsOf`); undefined skips
 * the document (a file that is not a lesson).
 * @example satteriAnchorsPlugin('mnemo:anchors', (ctx) => 0, (ctx, anchors) => ...)
 */
export function satteriAnchorsPlugin(
  name: string,
  lineOffset: (ctx: AnchorContext & { fileURL: URL | undefined }) => number | undefined,
  done: (ctx: AnchorContext & { fileURL: URL | undefined }, anchors: PageAnchor[]) => void,
): HastPluginDefinition {
  type Context = AnchorContext & { fileURL: URL | undefined };
  // The compile's state, made on its first visit rather than in a `before` hook, which would
  // cost Sätteri a pass of its own over every lesson (issue 19); null: not a lesson.
  const stateOf = (ctx: Context): State | null => {
    let state = ctx.data[STATE] as State | null | undefined;
    if (state === undefined) {
      const offset = lineOffset(ctx);
      ctx.data[STATE] = state = offset === undefined ? null : { anchors: [], slugger: new Slugger(), offset };
    }
    return state;
  };
  const visit = (node: unknown, context: unknown) => {
    const ctx = context as Context;
    const state = stateOf(ctx);
    if (!state) return;
    const lineOf = (line: number) => line + state.offset;
    const headingId = (heading: AnchorNode): string => {
      const raw = ctx.textContent(heading as unknown as HastNode);
      const text = raw.includes('frontmatter') ? satteriCollectHastText(heading as unknown as HastNode, ctx.data.astro?.frontmatter ?? {}) : raw;
      return state.slugger.slug(text);
    };
    // Most visited nodes (links, list items) have no id: the line is looked for only for those
    // that do, since climbing to the parents is what costs here.
    const anchors = nodeAnchors(node as AnchorNode, 0, headingId);
    if (!anchors.length) return;
    let line = nodeLine(node as AnchorNode, lineOf);
    // A node without a line takes the closest one around it (0: none), as `anchorsOf` does.
    for (let around = ctx.parent(node as HastNode) as AnchorNode | undefined; line === undefined && around; around = ctx.parent(around as unknown as HastNode) as AnchorNode | undefined) {
      line = nodeLine(around, lineOf);
    }
    for (const anchor of anchors) state.anchors.push({ ...anchor, line: line ?? 0 });
  };
  return {
    name,
    options: { position: true },
    element: { filter: ELEMENTS_WITH_IDS, visit },
    mdxJsxFlowElement: { filter: [], visit },
    mdxJsxTextElement: { filter: [], visit },
    raw: visit,
    // Every lesson reports its ids, none if nothing was visited (the dev server's new compile
    // of an edited lesson replaces the last one's).
    after(_root, context) {
      const ctx = context as unknown as Context;
      const state = stateOf(ctx);
      delete ctx.data[STATE];
      if (state) done(ctx, state.anchors);
    },
  };
}
