/**
 * Reads a lesson's self-checks into data in its compile, once Sätteri has turned their parts
 * into HTML (code highlighted, links given the base): each `<Question spec>`, `<Flashcard spec>`
 * and `<Deck deck>` the lesson plugin wrote (build/rewrite.ts), whose parts were named slots,
 * gets them as one prop of HTML strings instead (`parts`; a deck, its `title` and `cards`).
 * Pages then render no slot: a component calls its renderer once on what it is given
 * (render/question.ts, render/flashcard.ts, render/deck.ts), and each self-check's parts are
 * recorded for the catalogue here. Rendering whole self-checks into the compile instead made
 * every compiled lesson carry its rendered answer areas and keys, three times the text of its
 * parts, and cost more in the bundler than it saved in pages (issue 19).
 *
 * A self-check whose parts are all prose is read earlier, in the lesson plugin, from its
 * Markdown (`prerenderProse`, prose-html.ts), with the same functions and key count. A self-check with a part
 * that is not static (static-html.ts) keeps its slots. What is read stays in the process
 * (build/compiled.ts): the compiled lesson carries its key, not the data.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { collect } from '../catalogue/collect';
import { compiledKey, keepCompiled } from './compiled';
import { escapeHtml, unwrapParagraph } from '../render/html';
import { questionParts } from '../render/parts';
import type { FlashcardParts, QuestionParts } from '../render/types';
import type { DeckSpec, QuestionSpec, SpecOf } from '../schema';
import { PART_COMPONENT } from './rewrite';
import { staticHtml, type TreeNode } from './static-html';

/** A flashcard read in the compile: what `renderFlashcard` takes. */
export interface PrerenderedCard {
  spec: SpecOf<'flashcard'>;
  parts: FlashcardParts;
  /** Its place in its deck, 1-based. */
  position?: number;
}

/** A JSX attribute's literal string value, or a `{...}` value's source text. */
function attributeValue(node: TreeNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return undefined;
}

/** The spec the lesson plugin gave an element (`spec={{...}}`, JSON), or undefined if it has none. */
function specOf<T>(node: TreeNode, name: string): T | undefined {
  const source = attributeValue(node, name);
  if (source === undefined) return undefined;
  try {
    return JSON.parse(source) as T;
  } catch {
    return undefined;
  }
}

/** The element's named parts (`<MnemoPart slot="...">`) and the children in no part. */
function partsOf(node: TreeNode): { named: Map<string, readonly TreeNode[]>; rest: TreeNode[] } {
  const named = new Map<string, readonly TreeNode[]>();
  const rest: TreeNode[] = [];
  for (const child of node.children ?? []) {
    const slot = child.type === 'mdxJsxFlowElement' && child.name === PART_COMPONENT ? attributeValue(child, 'slot') : undefined;
    if (slot === undefined) rest.push(child);
    else named.set(slot, child.children ?? []);
  }
  return { named, rest };
}

/** A not-static part stops the rendering of its self-check: thrown, caught by `prerendered`. */
class NotStatic extends Error {}

/**
 * How a part's nodes become HTML: `staticHtml` for the HTML tree (this plugin), `proseHtml` for
 * Markdown nodes (prose-html.ts); undefined when they are not static.
 */
export type PartHtml = (nodes: readonly TreeNode[]) => string | undefined;

/** The HTML of each named part, read as its component reads its slots: an absent part is ''. */
function slotReader(named: Map<string, readonly TreeNode[]>, partHtml: PartHtml): (slot: string) => string {
  return (slot) => {
    const nodes = named.get(slot);
    if (!nodes) return '';
    const html = partHtml(nodes);
    if (html === undefined) throw new NotStatic();
    return html;
  };
}

/** A question's spec and parts, as components/checks/Question.astro reads them from its slots. */
export function prerenderQuestion(node: TreeNode, partHtml: PartHtml = staticHtml): { spec: QuestionSpec; parts: QuestionParts } | undefined {
  const spec = specOf<QuestionSpec>(node, 'spec');
  if (!spec) return undefined;
  return prerendered(() => {
    const parts = questionParts(spec, slotReader(partsOf(node).named, partHtml));
    collect(spec, parts);
    return { spec, parts };
  });
}

/** A flashcard's spec, parts and place in its deck, as components/checks/Flashcard.astro reads them. */
export function prerenderFlashcard(node: TreeNode, partHtml: PartHtml = staticHtml): PrerenderedCard | undefined {
  const spec = specOf<SpecOf<'flashcard'>>(node, 'spec');
  if (!spec) return undefined;
  return prerendered(() => {
    const { named, rest } = partsOf(node);
    const back = partHtml(rest);
    if (back === undefined) throw new NotStatic();
    const parts = { front: named.has('front') ? unwrapParagraph(slotReader(named, partHtml)('front')) : escapeHtml(spec.stem), back };
    collect(spec, parts);
    const position = attributeValue(node, 'position');
    return { spec, parts, ...(position === undefined ? {} : { position: Number(position) }) };
  });
}

/** A deck's spec, its title's inline HTML and its cards, as components/checks/Deck.astro reads them from its slots. */
export function prerenderDeck(node: TreeNode, partHtml: PartHtml = staticHtml): { deck: DeckSpec; title?: string; cards: PrerenderedCard[] } | undefined {
  const deck = specOf<DeckSpec>(node, 'deck');
  if (!deck) return undefined;
  return prerendered(() => {
    const { named, rest } = partsOf(node);
    const cards: PrerenderedCard[] = [];
    for (const child of rest) {
      // The line breaks between cards are all a deck holds besides them (the lesson plugin checked).
      if (child.type === 'text' && !String(child.value).trim()) continue;
      const card = child.type === 'mdxJsxFlowElement' && child.name === 'Flashcard' ? prerenderFlashcard(child, partHtml) : undefined;
      if (!card) throw new NotStatic();
      cards.push(card);
    }
    const title = named.has('title') ? unwrapParagraph(slotReader(named, partHtml)('title')) : undefined;
    return { deck, cards, ...(title === undefined ? {} : { title }) };
  });
}

function prerendered<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotStatic) return undefined;
    throw error;
  }
}

/** A JSX attribute whose value is `value` as a JavaScript literal, which the compile parses from its JSON. */
function valueAttribute(name: string, value: unknown) {
  return { type: 'mdxJsxAttribute' as const, name, value: { type: 'mdxJsxAttributeValueExpression' as const, value: JSON.stringify(value) } };
}

/** The element with `props` as its attributes and no children. */
function withProps(name: string, props: object) {
  return { type: 'mdxJsxFlowElement' as const, name, attributes: Object.entries(props).map(([key, value]) => valueAttribute(key, value)), children: [] };
}

/** Where a compile counts its self-checks (`ctx.data` is the compile's own). */
const STATE = 'mnemoPrerender';

interface State {
  /** The lesson's file. */
  file: string;
  next: number;
  /** The `spec` of every card in a deck: a deck comes before its cards, which come with it. */
  inDecks: Set<string>;
}

/** What a plugin's visitor is given of its compile. */
export interface CompileContext {
  fileURL: URL | undefined;
  data: Record<string, unknown>;
}

// The compile's count is made on its first self-check rather than in a `before` hook, which
// (with an `after` to drop it) cost Sätteri two passes of their own over every lesson (issue 19).
// Only a lesson's compile (always of a file) has self-checks rewritten for it (build/rewrite.ts).
// The lesson plugin and this one share it: Sätteri gives every plugin of a compile one `data`.
const stateOf = (context: CompileContext): State | undefined =>
  context.fileURL?.protocol === 'file:' ? ((context.data[STATE] as State | undefined) ??= { file: fileURLToPath(context.fileURL), next: 0, inDecks: new Set() }) : undefined;

/** The element as the compiled lesson carries it: with the key its props are kept under in the process (build/compiled.ts). */
function compiledElement(name: string, props: object, state: State) {
  const key = compiledKey(state.file, state.next++);
  keepCompiled(key, props);
  return withProps(name, { compiled: key });
}

/**
 * The element a self-check read outside this plugin becomes (`prerenderProse`, prose-html.ts):
 * its props kept under the next key of the compile's count, which this plugin goes on with.
 * @returns the element, or undefined for a compile of no file (which has no self-checks rewritten)
 */
export function compiledIn(context: CompileContext, name: string, props: object) {
  const state = stateOf(context);
  return state && compiledElement(name, props, state);
}

/**
 * The Sätteri hast plugin. Runs after Mnemo's other hast plugins (which read and change the
 * parts) and before Astro's images and heading ids (whose elements make a part not static).
 * @example hastPlugins: [..., anchorsPlugin(survey), prerenderPlugin()]
 */
export function prerenderPlugin(): HastPluginDefinition {
  return {
    name: 'mnemo:prerender',
    mdxJsxFlowElement: {
      filter: ['Question', 'Flashcard', 'Deck'],
      visit(node, context) {
        const element = node as unknown as TreeNode;
        const state = stateOf(context);
        if (!state) return;
        if (element.name === 'Question') {
          const found = prerenderQuestion(element);
          if (found) context.replaceNode(node, compiledElement('Question', found, state) as never);
        } else if (element.name === 'Deck') {
          for (const child of element.children ?? []) {
            const spec = child.type === 'mdxJsxFlowElement' && child.name === 'Flashcard' ? attributeValue(child, 'spec') : undefined;
            if (spec !== undefined) state.inDecks.add(spec);
          }
          const found = prerenderDeck(element);
          if (found) context.replaceNode(node, compiledElement('Deck', found, state) as never);
        } else {
          // A deck's cards come with their deck, or are left to it with the deck. (Asking
          // Sätteri for the card's parent instead would copy the whole page's tree for it.)
          const spec = attributeValue(element, 'spec');
          if (spec !== undefined && state.inDecks.has(spec)) return;
          const found = prerenderFlashcard(element);
          if (found) context.replaceNode(node, compiledElement('Flashcard', found, state) as never);
        }
      },
    },
  };
}
