/**
 * Drives a deck: it shows one card at a time with its position ("k / N"), steps with
 * "Next card" and "Previous card", and moves on after each rating, until every card of the
 * deck has been shown, flipped and rated. Each card gets its own result; when the deck
 * itself breaks, the cards it never reached fail with the deck's reason.
 */
import type { Page } from 'playwright-core';
import { verifyCard, cardOf } from './flashcard.ts';
import { firstLine, step } from './question.ts';
import { formatNumber, text } from '../../src/i18n/format.ts';
import type { CheckEntry, VerifyUi } from './types.ts';
import { Mismatch, readText, squash, type Waits } from './wait.ts';

/** Per card id: why it failed, or undefined when it passed. */
export type CardOutcomes = Map<string, string | undefined>;

/** The deck's position "k / N", numbers as the guide's language writes them. */
const positionText = (k: number, n: number, lang: string) => {
  const number = (x: number) => formatNumber(x, lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\s)${number(k)} / ${number(n)}$`);
};

/** Drives the deck `deckId`, whose cards (from the manifest) are `cards`. */
export async function verifyDeck(page: Page, deckId: string, cards: readonly CheckEntry[], waits: Waits, ui: VerifyUi): Promise<CardOutcomes> {
  const outcomes: CardOutcomes = new Map();
  const deck = page.locator(`mnemo-deck[id="${deckId}"]`);
  const position = deck.locator('.mn-deck__position');
  const next = deck.getByRole('button', { name: text(ui.card.next), exact: true });
  const previous = deck.getByRole('button', { name: text(ui.card.previous), exact: true });
  const visible = deck.locator('mnemo-flashcard').filter({ visible: true });
  const n = cards.length;
  const ordered = [...cards].sort((a, b) => a.line - b.line);
  let k = 0;
  try {
    await step('the deck', async () => {
      await waits.count(deck, 1, `decks with the anchor #${deckId}`);
      await waits.brief().shown(next, '“Next card” (the deck never became interactive: did its script run?)');
      await waits.count(deck.locator('mnemo-flashcard'), n, 'cards in the deck');
      await waits.text(position, positionText(1, n, ui.lang), 'its position');
      if (n > 1) {
        await next.click();
        await waits.text(position, positionText(2, n, ui.lang), 'after “Next card”, its position');
        await waits.shown(previous, '“Previous card”');
        await previous.click();
        await waits.text(position, positionText(1, n, ui.lang), 'after “Previous card”, its position');
      }
    });
    const shuffled = cards.some((card) => card.kind === 'flashcard' && card.shuffle) || (await deck.getAttribute('data-shuffle')) === 'true';
    for (k = 1; k <= n; k++) {
      const entry = await step(`card ${k} / ${n}`, async () => {
        await waits.count(visible, 1, 'cards shown at once');
        const id = await visible.getAttribute('id');
        const shown = cards.find((card) => card.id === id);
        if (!shown || outcomes.has(shown.id)) throw new Mismatch(`the deck shows ${id ? `“${id}”` : 'a card without an id'}, not one it has yet to show`);
        if (!shuffled && shown !== ordered[k - 1]) throw new Mismatch(`the deck shows “${shown.id}”, expected “${ordered[k - 1]!.id}” (the deck is not shuffled)`);
        return shown;
      });
      try {
        await verifyCard(cardOf(page, entry), entry, waits, ui);
        outcomes.set(entry.id, undefined);
      } catch (error) {
        outcomes.set(entry.id, `card ${k} / ${n} of deck “${deckId}”, ${firstLine(error)}`);
      }
      if (k === n) continue;
      await step(`after card ${k} / ${n}`, async () => {
        // A rating moves the deck on; where a card failed before its rating, "Next card" does.
        const stuck = outcomes.get(entry.id) !== undefined && positionText(k, n, ui.lang).test(squash(await readText(position)));
        if (stuck) await next.click();
        await waits.text(position, positionText(k + 1, n, ui.lang), `after ${stuck ? '“Next card”' : `rating card ${k}`}, the deck’s position`);
      });
    }
    const last = [...outcomes.keys()].at(-1)!;
    await waits.text(position, positionText(n, n, ui.lang), 'after rating the last card, the deck’s position').catch((error: unknown) => {
      outcomes.set(last, outcomes.get(last) ?? `deck “${deckId}”: ${firstLine(error)}`);
    });
  } catch (error) {
    const where = k > 0 && k <= n ? ` (at card ${k} / ${n})` : '';
    for (const card of cards) if (!outcomes.has(card.id)) outcomes.set(card.id, `deck “${deckId}”${where}: ${firstLine(error)}`);
  }
  return outcomes;
}
