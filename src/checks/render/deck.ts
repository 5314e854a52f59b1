/**
 * A deck of flashcards as HTML. Without JavaScript every card is listed; `mnemo-deck` shows
 * one card at a time with its position ("3 / 12") and previous/next buttons, which start
 * hidden. Rendered at build time, by the lesson's compile (build/prerender.ts) or, for a deck
 * whose cards hold more than static HTML, by `components/checks/Deck.astro`.
 */
import { format, text } from '../../i18n/format';
import { positionLabel } from '../client/view-state';
import type { DeckSpec } from '../schema';
import { element, escapeHtml } from './html';
import type { RenderContext } from './types';

/** What a deck is rendered from besides its spec: its title's inline HTML (from its Markdown), and its cards' HTML. */
export interface DeckParts {
  /** The title's inline HTML; absent, the spec's title is shown as text. */
  title?: string;
  /** The cards, rendered (`renderFlashcard`), in order. */
  cards: string;
}

const ignored = { 'data-pagefind-ignore': true };

/**
 * The deck's HTML around its cards. Its controls are not lesson content, so search skips them.
 * @example renderDeck({ id: 'd1', count: 2 }, { cards }, renderContext)
 */
export function renderDeck(deck: DeckSpec, parts: DeckParts, ctx: RenderContext): string {
  const ui = ctx.ui.card;
  const { id, count, title, shuffle } = deck;
  const name = title ? element('span', { class: 'mn-deck__name' }, parts.title ?? escapeHtml(title)) : '';
  const heading = element('p', { class: 'mn-deck__title' }, element('span', { class: 'mn-deck__kind', ...ignored }, escapeHtml(text(ui.deck))) + name);
  const hidden = (label: string) => element('span', { class: 'mn-visually-hidden' }, label);
  const position = element(
    'p',
    { class: 'mn-deck__position', 'aria-live': 'polite', 'aria-atomic': 'true' },
    element('span', { class: 'mn-visually-hidden', 'data-rated': true }) + hidden(escapeHtml(text(ui.position))) + ' ' + element('span', { 'data-position': true }, escapeHtml(positionLabel(0, count, ctx.lang))),
  );
  const step = (by: string, label: string) => element('button', { type: 'button', class: 'mn-button', 'data-step': by }, escapeHtml(label));
  const nav = element('div', { class: 'mn-deck__nav', hidden: true, ...ignored }, step('-1', text(ui.previous)) + position + step('1', text(ui.next)));
  const attributes = {
    id,
    class: 'mn-deck',
    role: 'region',
    'aria-label': title ? format(text(ui.deckNamed), { title }) : text(ui.deck),
    'data-count': count,
    'data-shuffle': shuffle ? 'true' : undefined,
  };
  return element('mnemo-deck', attributes, heading + nav + element('div', { class: 'mn-deck__cards' }, parts.cards));
}
