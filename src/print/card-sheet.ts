/**
 * Flashcards on paper: sheets of cards to cut out. Each sheet is two printed pages, the
 * fronts of up to `CARDS_PER_SHEET` cards in a grid, then their backs. The backs' grid runs
 * against the page's direction (print.css: right to left, or left to right in a right-to-left
 * guide), which mirrors every row: printed
 * double-sided and flipped on the long edge, each back lands behind its own front. Cards
 * carry their number on both sides, so a cut-out pile can be sorted again.
 *
 * Browser-safe and print-only: lesson pages render it at build time, hidden on screen.
 */
import { format, text } from '../i18n/format';
import type { UiGroup } from '../i18n/en';
import { element, escapeHtml } from '../checks/render/html';
import type { FlashcardParts } from '../checks/render/types';
import type { SpecOf } from '../checks/schema';
import { withoutIds } from './key';

/**
 * Cards on one printed page: 2 columns by 4 rows of 90 mm by 60 mm cells, which fit inside
 * the printable area of both A4 (210 x 297 mm) and US Letter (216 x 279 mm) with 12 mm margins.
 */
export const CARDS_PER_SHEET = 8;

/** One card as a sheet needs it. */
export interface SheetCard {
  spec: SpecOf<'flashcard'>;
  parts: FlashcardParts;
}

function page(side: 'front' | 'back', title: string, cells: string[]): string {
  return element(
    'div',
    { class: `mn-sheet__page mn-sheet__page--${side}` },
    element('p', { class: 'mn-sheet__title' }, escapeHtml(title)) + element('ol', { class: 'mn-sheet__grid', role: 'list' }, cells.join('')),
  );
}

function cell(side: 'front' | 'back', n: number, html: string): string {
  return element('li', { class: `mn-sheet__card mn-sheet__card--${side}` }, element('span', { class: 'mn-sheet__n' }, String(n)) + element('div', { class: 'mn-sheet__text' }, withoutIds(html)));
}

/**
 * The sheets of `cards` (in their authored order), titled `title`; `deck` is the deck's id,
 * which lets "Print these cards" print this sheet alone. Empty when there is no card.
 * @example renderCardSheet(cards, 'Planets', ui.print, 'deck-planets')
 */
export function renderCardSheet(cards: readonly SheetCard[], title: string, ui: UiGroup<'print'>, deck?: string): string {
  if (cards.length === 0) return '';
  const total = Math.ceil(cards.length / CARDS_PER_SHEET);
  let pages = '';
  for (let sheet = 0; sheet < total; sheet++) {
    const chunk = cards.slice(sheet * CARDS_PER_SHEET, (sheet + 1) * CARDS_PER_SHEET);
    const first = sheet * CARDS_PER_SHEET + 1;
    const of = total > 1 ? ` ${format(text(ui.sheetOf), { n: sheet + 1, total })}.` : '';
    pages += page('front', format(text(ui.fronts), { title }) + of, chunk.map((card, i) => cell('front', first + i, card.parts.front)));
    pages += page('back', format(text(ui.backs), { title }) + of, chunk.map((card, i) => cell('back', first + i, card.parts.back)));
  }
  // A named group, not a landmark: print/ holds every lesson's sheets, and their titles (a deck's,
  // a lesson's) need not be unique across the guide, as landmarks' names must be.
  return element('div', { class: 'mn-sheet mn-print-only', role: 'group', 'data-deck': deck, 'aria-label': format(text(ui.sheet), { title }), 'data-pagefind-ignore': true }, pages);
}
