/**
 * A lesson's rendered content, made printable: after each deck, a "Print these cards" button
 * (inside the deck) and the deck's sheets to cut out; after the content, the sheets of the
 * cards that belong to no deck; then the lesson's answer key. Sheets and key are print-only
 * (print.css), so the page looks the same on screen.
 *
 * Comment markers delimit the printable content and the key's list, so that the `print/`
 * page can reuse what each lesson page already rendered (build/assemble.ts) instead of
 * rendering every lesson a second time. Browser-safe string work on the build's own HTML.
 */
import { text } from '../i18n/format';
import type { UiGroup } from '../i18n/en';
import { element, escapeHtml } from '../checks/render/html';
import type { CatalogueItem } from '../checks/catalogue/collect';
import type { FlashcardParts, QuestionParts, RenderContext } from '../checks/render/types';
import { withPrintAddresses } from './addresses';
import { renderCardSheet, type SheetCard } from './card-sheet';
import { renderKeyList, type KeyItem } from './key';

/** Markers around a lesson's printable content and around its key's list. */
export const MARKERS = {
  start: '<!--mn-print-->',
  end: '<!--/mn-print-->',
  keyStart: '<!--mn-key-->',
  keyEnd: '<!--/mn-key-->',
} as const;

/** A rendered lesson and its self-checks, each list in document order. */
export interface PrintableInput {
  /** The lesson's content as rendered. */
  html: string;
  /** The lesson page's path from the root of the host, e.g. `/guide/releasing/canary/`. */
  page: string;
  /** The guide's `site` setting (its public origin), when it has one. */
  site?: string | undefined;
  questions: readonly KeyItem[];
  cards: readonly SheetCard[];
  /**
   * The lesson's title, which names the sheet of its cards outside any deck: print/ holds every
   * lesson's sheets, and each must be told apart (by readers, and as a landmark by its label).
   * Without it the sheet is called "Flashcards".
   */
  title?: string;
}

/** What the interface strings of printing need: the page's render context and the `print` group. */
export interface PrintContext {
  render: RenderContext;
  ui: UiGroup<'print'>;
}

const DECK = /<mnemo-deck id="([^"]+)"[\s\S]*?<\/mnemo-deck>/g;
const DECK_NAME = /<span class="mn-deck__name">([\s\S]*?)<\/span>/;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Text of HTML that holds nothing but escaped text (a deck's title). */
function unescapeHtml(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!);
}

/** The deck's own markup with its print button, followed by its sheets. */
function withSheet(deck: string, id: string, cards: readonly SheetCard[], ctx: PrintContext): string {
  const mine = cards.filter((card) => card.spec.deck === id);
  if (mine.length === 0) return deck;
  const name = DECK_NAME.exec(deck)?.[1];
  const title = name === undefined ? text(ctx.render.ui.card.deck) : unescapeHtml(name);
  // The deck's last child, so that its sheet is the next element (client/print-deck.ts).
  const button = element(
    'p',
    { class: 'mn-deck__print', hidden: true, 'data-pagefind-ignore': true },
    element('button', { type: 'button', class: 'mn-button' }, escapeHtml(text(ctx.ui.printCards))),
  );
  const close = deck.lastIndexOf('</mnemo-deck>');
  return deck.slice(0, close) + button + deck.slice(close) + renderCardSheet(mine, title, ctx.ui, id);
}

/**
 * A lesson's questions and cards as rendered, from the items collected while it rendered,
 * in the order of `ids` (document order). An id that was not rendered is left out.
 */
export function renderedChecks(ids: { questions: readonly string[]; cards: readonly string[] }, items: ReadonlyMap<string, CatalogueItem>): { questions: KeyItem[]; cards: SheetCard[] } {
  const questions: KeyItem[] = [];
  const cards: SheetCard[] = [];
  for (const id of [...ids.questions, ...ids.cards]) {
    const item = items.get(id);
    if (!item) continue;
    // The parts are a question's or a card's, as its spec's kind says (collect.ts).
    if (item.spec.kind === 'flashcard') cards.push({ spec: item.spec, parts: item.parts as FlashcardParts });
    else questions.push({ spec: item.spec, parts: item.parts as QuestionParts });
  }
  return { questions, cards };
}

/** Whether `html` (a lesson's rendered content) holds a deck of cards. */
export function hasDeck(html: string): boolean {
  return html.includes('<mnemo-deck ');
}

/**
 * The lesson's printable content and key, delimited by `MARKERS`.
 * @example printableLesson({ html, questions, cards }, { render: renderContext, ui: ui.print })
 */
export function printableLesson(input: PrintableInput, ctx: PrintContext): string {
  const content = input.html.replace(DECK, (deck, id: string) => withSheet(deck, id, input.cards, ctx));
  const loose = input.cards.filter((card) => card.spec.deck === undefined);
  const sheet = renderCardSheet(loose, input.title ?? text(ctx.ui.cards), ctx.ui);
  const list = renderKeyList(input.questions, ctx.render, ctx.ui);
  const key = list
    ? element('section', { class: 'mn-lesson-key mn-print-only', 'data-pagefind-ignore': true }, element('h2', {}, escapeHtml(text(ctx.ui.answerKey))) + MARKERS.keyStart + list + MARKERS.keyEnd)
    : '';
  return withPrintAddresses(MARKERS.start + content + sheet + MARKERS.end + key, input.page, input.site);
}

