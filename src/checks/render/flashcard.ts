/**
 * A flashcard as HTML: a native disclosure (flips by click, Enter or Space, with or without
 * JavaScript) whose front is the prompt and whose back is the answer; with JavaScript it
 * turns over like a card (src/styles/cards.css). The recall rating, which needs JavaScript,
 * starts hidden. Browser-safe, like `renderQuestion`.
 */
import { text } from '../../i18n/format';
import type { SpecOf } from '../schema';
import { element, escapeHtml } from './html';
import type { FlashcardParts, RenderContext } from './types';

const ignored = { 'data-pagefind-ignore': true };

/**
 * The card's HTML. `position` is its place in its deck (1-based), when it has one. Search
 * indexes the front only: the back is the answer (docs/search-notes.md).
 */
export function renderFlashcard(spec: SpecOf<'flashcard'>, parts: FlashcardParts, ctx: RenderContext, position?: number): string {
  const ui = ctx.ui.card;
  const ask = `${spec.id}-ask`;
  const front =
    element('span', { class: 'mn-card__label', ...ignored }, escapeHtml(text(ui.label))) +
    element('span', { class: 'mn-card__prompt' }, parts.front) +
    element('span', { class: 'mn-card__cue mn-card__cue--closed', ...ignored }, escapeHtml(text(ui.showBack))) +
    element('span', { class: 'mn-card__cue mn-card__cue--open', ...ignored }, escapeHtml(text(ui.hideBack)));
  // `data-turn` is the cue the back shows once the card turns over (cards.css): the summary,
  // which carries it in words, is then facing away.
  const back = element('div', { class: 'mn-card__back', 'data-turn': text(ui.hideBack), ...ignored }, parts.back);
  const flip = element('details', { class: 'mn-card__flip' }, element('summary', { class: 'mn-card__front' }, front) + back);
  const rate = (rating: string, label: string) => element('button', { type: 'button', class: 'mn-button', 'data-rating': rating }, escapeHtml(label));
  const rating = element(
    'div',
    { class: 'mn-card__rating', role: 'group', 'aria-labelledby': ask, hidden: true, ...ignored },
    element('span', { class: 'mn-card__ask', id: ask }, escapeHtml(text(ui.ask))) + rate('again', text(ui.again)) + rate('got', text(ui.got)),
  );
  const attributes = {
    id: spec.id,
    class: 'mn-check mn-card',
    'data-deck': spec.deck,
    'data-position': position,
    'data-store': ctx.store,
  };
  return element('mnemo-flashcard', attributes, flip + rating + element('p', { class: 'mn-card__status', role: 'status' }));
}
