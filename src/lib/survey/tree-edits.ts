/**
 * Sätteri hands its plugins a read-only view of the tree it keeps natively: a change goes
 * through the plugin's context (`replaceNode`, `removeNode`, ...), not by assignment. Mnemo's
 * survey and rewrite are written for a plain mdast tree they may change, so a lesson is copied
 * to one (`plainTree`), read and rewritten there, and only the nodes that changed are sent back
 * (`sendChanges`). A changed node is sent as plain content, which drops its position (Sätteri
 * does not carry one over); a node the rewrite only moved (a choice into its part) is sent as
 * a reference to Sätteri's own, which keeps its lines, as does everything left in place, for
 * the HTML tree after. Top-level prose with nothing to survey is copied without its content.
 */
import type { Root } from 'mdast';
import { placeAttributes, type Point } from './attribute-positions';

/** The key of `data` that holds a sent JSX element's file line. */
export const LINE = 'mnemoLine';

/** A node of either tree, as far as copying and comparing need. */
interface AnyNode {
  type: string;
  children?: AnyNode[];
  attributes?: unknown;
  value?: unknown;
  position?: { start: Point; end: Point };
  [key: string]: unknown;
}

/** The mutation methods of Sätteri's mdast plugin context that sending changes uses. */
export interface TreeEditor {
  replaceNode(node: never, content: never): void;
  removeNode(node: never): void;
  insertBefore(node: never, content: never): void;
  appendChild(node: never, content: never): void;
}

/** A plain copy of a Sätteri tree, and for each copied node the node it was copied from. */
export interface PlainTree {
  tree: Root;
  originals: WeakMap<object, AnyNode>;
  /** The attributes each copied JSX element started with (placed, see attribute-positions.ts). */
  attributes: WeakMap<object, unknown>;
  /** Top-level blocks copied without their content (see `hasNothingToSurvey`): never sent back. */
  shallow: WeakSet<object>;
}

/** Block types whose content is inline text (or blocks of it). */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'list', 'blockquote', 'table']);

/**
 * What in a block's source can make a node the survey reads or the rewrite changes: a tag or
 * JSX element (`<`), a link, image, reference or footnote (`[`), an expression (`{`), a pair of
 * hyphens (an em dash, dashes.ts) and GFM's literal autolinks (`www.`, `://`, an e-mail's `@`).
 */
const SURVEYED_SOURCE = /[<[{@]|--|:\/\/|www\./i;

/**
 * Whether a top-level block is prose the survey has nothing to read in: a paragraph, heading,
 * list, quote or table whose source holds none of `SURVEYED_SOURCE`. Most of a lesson is such
 * prose, and Sätteri builds a node for JavaScript only when it is read (issue 19), so these
 * blocks are copied without their content.
 */
export function hasNothingToSurvey(node: Readonly<AnyNode>, source: string): boolean {
  const position = node.position as { start: { offset?: number }; end: { offset?: number } } | undefined;
  const start = position?.start.offset;
  const end = position?.end.offset;
  if (!PROSE_BLOCKS.has(node.type) || start === undefined || end === undefined) return false;
  return !SURVEYED_SOURCE.test(source.slice(start, end));
}

/** Sätteri's own bookkeeping on each node, left out of the copy. */
const INTERNAL = new Set(['_resolver', '_id', 'children', 'position']);

/**
 * Copies the tree into plain objects (children arrays and positions copied, other fields shared),
 * moving every line by `lineOffset` (the lines Astro cut off before a `.md` lesson's body).
 * JSX attributes get the positions Sätteri leaves out, found in `source` (the text it compiles).
 */
export function plainTree(root: Readonly<Root>, source: string, lineOffset = 0): PlainTree {
  const originals = new WeakMap<object, AnyNode>();
  const attributes = new WeakMap<object, unknown>();
  const shallow = new WeakSet<object>();
  const copy = (node: AnyNode, depth: number): AnyNode => {
    const out: AnyNode = { type: node.type };
    for (const key of Object.keys(node)) if (!INTERNAL.has(key)) out[key] = node[key];
    const position = node.position;
    if (position) {
      out.position = lineOffset
        ? { ...position, start: { ...position.start, line: position.start.line + lineOffset }, end: { ...position.end, line: position.end.line + lineOffset } }
        : position;
    }
    if (Array.isArray(node.attributes) && out.position) {
      out.attributes = placeAttributes(node.attributes, source, out.position.start);
      attributes.set(out, out.attributes);
    }
    if (depth === 1 && hasNothingToSurvey(node, source)) {
      out.children = [];
      shallow.add(out);
    } else if (Array.isArray(node.children)) out.children = node.children.map((child) => copy(child, depth + 1));
    originals.set(out, node);
    return out;
  };
  return { tree: copy(root as unknown as AnyNode, 0) as unknown as Root, originals, attributes, shallow };
}

/** Whether the copy's own fields differ from its original's (its children aside). */
function changedItself(node: AnyNode, original: AnyNode, attributes: WeakMap<object, unknown>): boolean {
  const before = attributes.has(node) ? attributes.get(node) : original.attributes;
  return node.type !== original.type || node.attributes !== before || node.value !== original.value;
}

/** The file line a copied node starts at: its own, or its first child's (a wrapper made by the rewrite). */
function lineOf(node: AnyNode): number | undefined {
  return node.position?.start.line ?? (node.children?.[0] ? lineOf(node.children[0]) : undefined);
}

/**
 * Whether a copied node and everything in it are as they were copied (a top-level block
 * copied without its content always is). Memoised per node: a run of moved nodes asks once.
 */
function unchangedIn(copy: PlainTree): (node: AnyNode) => boolean {
  const known = new WeakMap<object, boolean>();
  const unchanged = (node: AnyNode): boolean => {
    if (copy.shallow.has(node)) return true;
    const seen = known.get(node);
    if (seen !== undefined) return seen;
    const original = copy.originals.get(node);
    let same = original !== undefined && !changedItself(node, original, copy.attributes);
    if (same) {
      const was = original!.children ?? [];
      const now = node.children ?? [];
      same = was.length === now.length && now.every((child, index) => copy.originals.get(child) === was[index] && unchanged(child));
    }
    known.set(node, same);
    return same;
  };
  return unchanged;
}

/**
 * The copy as content for Sätteri. A node that is as it was copied, content and all, is sent
 * as the node it was copied from: Sätteri keeps its own (a reference, which it moves without
 * rebuilding, position included). Any other node goes as plain nodes, without positions (they
 * would not be kept) or estree; a JSX element carries its file line in `data.line` instead,
 * which the HTML tree keeps (`anchorsOf` reads it).
 */
function contentOf(copy: PlainTree): (node: AnyNode) => AnyNode {
  const unchanged = unchangedIn(copy);
  const content = (node: AnyNode): AnyNode => {
    if (unchanged(node)) return copy.originals.get(node)!;
    const { position: _position, children, attributes, ...rest } = node;
    const out: AnyNode = { ...rest };
    if (Array.isArray(attributes)) {
      out.attributes = attributes.map(withoutEstree);
      const line = lineOf(node);
      if (line !== undefined) out.data = { ...(node.data as object | undefined), [LINE]: line };
    }
    if (children) out.children = children.map(content);
    return out;
  };
  return content;
}

function withoutEstree({ position: _position, ...attribute }: { value?: unknown; position?: unknown }) {
  const value = attribute.value as { data?: { estree?: unknown } } | null | undefined;
  if (!value || typeof value !== 'object' || !value.data?.estree) return attribute;
  const { data: _data, ...rest } = value;
  return { ...attribute, value: rest };
}

/**
 * Sends the changes made to the copy back through Sätteri's context: a node whose own fields
 * changed is replaced whole; inside an unchanged parent, a run of new nodes replaces the
 * original nodes it stands for (or is inserted), and original nodes gone from the copy are removed.
 */
export function sendChanges(editor: TreeEditor, copy: PlainTree): void {
  const edit = editor as unknown as {
    replaceNode(node: AnyNode, content: AnyNode | AnyNode[]): void;
    removeNode(node: AnyNode): void;
    insertBefore(node: AnyNode, content: AnyNode[]): void;
    appendChild(node: AnyNode, content: AnyNode[]): void;
  };
  const content = contentOf(copy);
  const visit = (node: AnyNode, original: AnyNode): void => {
    if (copy.shallow.has(node)) return;
    if (changedItself(node, original, copy.attributes)) return edit.replaceNode(original, content(node));
    const was = original.children;
    const now = node.children;
    if (!was || !now) return;
    const at = new Map(was.map((child, index) => [child, index]));
    let next = 0;
    let run: AnyNode[] = [];
    // The original children from `next` up to `until` are gone: `run` takes their place.
    const settle = (until: number) => {
      if (next < until) {
        edit.replaceNode(was[next]!, run.map(content));
        for (let index = next + 1; index < until; index++) edit.removeNode(was[index]!);
      } else if (run.length) {
        if (until < was.length) edit.insertBefore(was[until]!, run.map(content));
        else edit.appendChild(original, run.map(content));
      }
      run = [];
      next = until + 1;
    };
    for (const child of now) {
      const source = copy.originals.get(child);
      const index = source ? at.get(source) : undefined;
      if (index === undefined || index < next) {
        run.push(child);
        continue;
      }
      settle(index);
      visit(child, was[index]!);
    }
    settle(was.length);
  };
  visit(copy.tree as unknown as AnyNode, copy.originals.get(copy.tree)!);
}
