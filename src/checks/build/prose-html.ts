/**
 * Self-checks read straight from their Markdown in the lesson plugin, when all their parts are
 * prose (`prerenderProse`): paragraphs of text, emphasis, strong, strikethrough (`~~`), inline
 * code and hard line breaks. Such nodes are turned into HTML nodes as Sätteri turns them
 * (mdast-util-to-hast's rules: spaces and tabs around a line ending in text dropped, a line
 * ending in inline code written as a space, a hard break written as `<br>` and a line ending)
 * and serialized by `staticHtml`, as the prerender serializes the HTML tree;
 * tests/unit/checks/prose-html.test.ts compiles the same lessons both ways and compares.
 * Anything else (a link, which gets the base; a code block, which Shiki colours; lists, tables,
 * images, headings, components, expressions) is left to the prerender's reading of the HTML
 * tree (prerender.ts).
 */
import type { Nodes } from 'mdast';
import { compiledIn, prerenderDeck, prerenderFlashcard, prerenderQuestion, type CompileContext, type PartHtml } from './prerender';
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

/** `proseHtml` over tree nodes, which the rewrite's Markdown nodes are. */
const prose: PartHtml = (nodes) => proseHtml(nodes as Nodes[]);

/** What `prerenderProse` reads: a lesson's rewritten self-checks (build/rewrite.ts). */
export interface RewrittenChecks {
  questions: readonly { node: object }[];
  decks: readonly { node: object }[];
  /** Every card; those with a `position` are in a deck, and come with it. */
  cards: readonly { node: object; position?: number }[];
}

/**
 * Reads the self-checks the lesson plugin has just rewritten from their Markdown nodes, each
 * one whose parts are all prose, with the prerender's own functions (prerender.ts), and makes
 * it `<Question compiled="…" />` (or `Deck`, `Flashcard`) there: their parts then never become
 * HTML nodes, which Sätteri builds for JavaScript only for the prerender to read them back
 * (issue 19: the 1,000 bench lessons, compiled in one thread with Mnemo's plugins and without
 * Shiki, went from 3.4-4.5 s to 2.0-2.7 s). What it reads is what the prerender would read, and
 * its keys come from the same count; a self-check with another part is left to the prerender.
 * @example rewriteLesson(analysis); prerenderProse(analysis, ctx) // in the lesson plugin
 */
export function prerenderProse(checks: RewrittenChecks, context: CompileContext): void {
  const keep = (node: object, name: string, found: object | undefined) => {
    const element = found && compiledIn(context, name, found);
    if (element) Object.assign(node, { attributes: element.attributes, children: element.children });
  };
  for (const { node } of checks.questions) keep(node, 'Question', prerenderQuestion(node as TreeNode, prose));
  for (const { node } of checks.decks) keep(node, 'Deck', prerenderDeck(node as TreeNode, prose));
  for (const card of checks.cards) if (card.position === undefined) keep(card.node, 'Flashcard', prerenderFlashcard(card.node as TreeNode, prose));
}
