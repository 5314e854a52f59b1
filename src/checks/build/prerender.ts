/**
 * Renders a lesson's self-checks to HTML in its compile, once Sätteri has turned their parts
 * into HTML (code highlighted, links given the base): each `<Question spec>`, `<Flashcard spec>`
 * and `<Deck deck>` the lesson plugin wrote (build/rewrite.ts) becomes the same element with
 * one `html` prop, which its component writes out as it is. Pages then render no slot and
 * call no renderer per self-check, and the compiled lesson carries one string per self-check
 * instead of a tree of elements: at 1,000 lessons this takes seconds off both the compile and
 * the rendering of pages (issue 19). The HTML is what the components render (the same
 * functions: render/question.ts, render/flashcard.ts, render/deck.ts), and each self-check's
 * parts are recorded for the catalogue here, as the components record them.
 *
 * A self-check with a part that is not static (static-html.ts) is left to its component.
 */
import type { HastPluginDefinition } from 'satteri';
import { collect } from '../catalogue/collect';
import { renderDeck } from '../render/deck';
import { renderFlashcard } from '../render/flashcard';
import { escapeHtml, unwrapParagraph } from '../render/html';
import { renderQuestion } from '../render/question';
import type { QuestionParts, RenderContext } from '../render/types';
import type { DeckSpec, QuestionSpec, SpecOf } from '../schema';
import { PART_COMPONENT } from './rewrite';
import { staticHtml, type TreeNode } from './static-html';

/** The prop a prerendered self-check's component gets its HTML in. */
export const HTML_PROP = 'html';

/** What prerendering needs from the integration. */
export interface PrerenderOptions {
  /** The guide's render context: what `lib/guide.ts` gives the components. */
  render: RenderContext;
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

/** The HTML of each named part, read as its component reads its slots: an absent part is ''. */
function slotReader(named: Map<string, readonly TreeNode[]>): (slot: string) => string {
  return (slot) => {
    const nodes = named.get(slot);
    if (!nodes) return '';
    const html = staticHtml(nodes);
    if (html === undefined) throw new NotStatic();
    return html;
  };
}

/** A question's HTML, as components/checks/Question.astro renders it. */
export function prerenderQuestion(node: TreeNode, ctx: RenderContext): string | undefined {
  const spec = specOf<QuestionSpec>(node, 'spec');
  if (!spec) return undefined;
  return prerendered(() => {
    const slot = slotReader(partsOf(node).named);
    const parts: QuestionParts = { stem: slot('stem'), hints: spec.hints.map((_, n) => slot(`hint-${n}`)) };
    if (spec.kind === 'single' || spec.kind === 'multiple') {
      parts.choices = spec.choices.map((_, n) => unwrapParagraph(slot(`choice-${n}`)));
      parts.feedback = spec.choices.map((choice, n) => (choice.feedback ? unwrapParagraph(slot(`feedback-${n}`)) : ''));
    }
    if (spec.kind === 'order') parts.steps = spec.steps.map((_, n) => unwrapParagraph(slot(`step-${n}`)));
    if (spec.explanation !== undefined) parts.explanation = slot('explanation');
    collect(spec, parts);
    return renderQuestion(spec, parts, ctx);
  });
}

/** A flashcard's HTML, as components/checks/Flashcard.astro renders it. */
export function prerenderFlashcard(node: TreeNode, ctx: RenderContext): string | undefined {
  const spec = specOf<SpecOf<'flashcard'>>(node, 'spec');
  if (!spec) return undefined;
  return prerendered(() => {
    const { named, rest } = partsOf(node);
    const back = staticHtml(rest);
    if (back === undefined) throw new NotStatic();
    const parts = { front: named.has('front') ? unwrapParagraph(slotReader(named)('front')) : escapeHtml(spec.stem), back };
    collect(spec, parts);
    const position = attributeValue(node, 'position');
    return renderFlashcard(spec, parts, ctx, position === undefined ? undefined : Number(position));
  });
}

/**
 * A deck's HTML with its cards, as components/checks/Deck.astro renders it, or undefined when
 * one of its parts is not static.
 */
export function prerenderDeck(node: TreeNode, ctx: RenderContext): string | undefined {
  const deck = specOf<DeckSpec>(node, 'deck');
  if (!deck) return undefined;
  return prerendered(() => {
    const { named, rest } = partsOf(node);
    let cards = '';
    for (const child of rest) {
      const card = child.type === 'mdxJsxFlowElement' && child.name === 'Flashcard' ? prerenderFlashcard(child, ctx) : staticHtml([child]);
      if (card === undefined) throw new NotStatic();
      cards += card;
    }
    const title = named.has('title') ? unwrapParagraph(slotReader(named)('title')) : undefined;
    return renderDeck(deck, { cards, ...(title === undefined ? {} : { title }) }, ctx);
  });
}

function prerendered(render: () => string): string | undefined {
  try {
    return render();
  } catch (error) {
    if (error instanceof NotStatic) return undefined;
    throw error;
  }
}

/** The element, its spec and children replaced by its HTML. */
function withHtml(name: string, html: string) {
  return { type: 'mdxJsxFlowElement' as const, name, attributes: [{ type: 'mdxJsxAttribute' as const, name: HTML_PROP, value: html }], children: [] };
}

/**
 * The Sätteri hast plugin. Runs after Mnemo's other hast plugins (which read and change the
 * parts) and before Astro's images and heading ids (whose elements make a part not static).
 * @example hastPlugins: [..., anchorsPlugin(survey), prerenderPlugin({ render })]
 */
export function prerenderPlugin(options: PrerenderOptions): HastPluginDefinition {
  const ctx = options.render;
  return {
    name: 'mnemo:prerender',
    mdxJsxFlowElement: {
      filter: ['Question', 'Flashcard', 'Deck'],
      visit(node, context) {
        const element = node as unknown as TreeNode;
        if (element.name === 'Question') {
          const html = prerenderQuestion(element, ctx);
          if (html !== undefined) context.replaceNode(node, withHtml('Question', html) as never);
        } else if (element.name === 'Deck') {
          const html = prerenderDeck(element, ctx);
          if (html !== undefined) context.replaceNode(node, withHtml('Deck', html) as never);
        } else {
          // A deck's cards are rendered with their deck, or left to it with the deck.
          const parent = context.parent(node) as unknown as TreeNode | undefined;
          if (parent?.type === 'mdxJsxFlowElement' && parent.name === 'Deck') return;
          const html = prerenderFlashcard(element, ctx);
          if (html !== undefined) context.replaceNode(node, withHtml('Flashcard', html) as never);
        }
      },
    },
  };
}
