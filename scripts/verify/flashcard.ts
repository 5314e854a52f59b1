/**
 * Drives a flashcard: its front reads what the author wrote, its back stays hidden until
 * the card is flipped, and once flipped it takes a recall rating and says so.
 */
import type { Locator, Page } from 'playwright-core';
import { format, text } from '../../src/i18n/format.ts';
import { pattern, step } from './question.ts';
import type { CheckEntry, VerifyUi } from './types.ts';
import { loose, Mismatch, quote, readText, squash, type Waits } from './wait.ts';

/** Finds the card of `entry` on `page` by its anchor id. */
export function cardOf(page: Page, entry: CheckEntry): Locator {
  return page.locator(`mnemo-flashcard[id="${entry.id}"]`);
}

/**
 * Flips the card and rates it "Got it". Used for a card on its own and for each card of a
 * deck once the deck shows it.
 */
export async function verifyCard(card: Locator, entry: CheckEntry, waits: Waits, ui: VerifyUi): Promise<void> {
  const s = ui.card;
  const face = card.locator('summary');
  const back = card.locator('.mn-card__back');
  const rating = card.getByRole('group', { name: text(s.ask) });
  await step('the front', async () => {
    await waits.shown(face, 'the front of the card');
    const front = entry.stem;
    const text = await readText(face);
    if (!loose(text).includes(loose(front))) throw new Mismatch(`expected it to read ${quote(squash(front))}, the page shows ${quote(squash(text))}`);
    await waits.hidden(back, 'before flipping, the back');
  });
  await step('flipping', async () => {
    await face.click();
    await waits.shown(back, 'after a click on the front, the back');
    if (squash(await readText(back)) === '') throw new Mismatch('after a click on the front, the back is empty');
    await waits.shown(rating, `after flipping, the recall rating (“${text(s.ask)}”)`);
  });
  await step('rating', async () => {
    const got = rating.getByRole('button', { name: text(s.got), exact: true });
    await waits.shown(got, `the “${text(s.got)}” button`);
    await got.click();
    // In a deck the rating moves on and hides this card (and its status) at once.
    const said = pattern(format(text(s.rated), { rating: text(s.ratedGot) }));
    await waits.text(card.getByRole('status', { includeHidden: true }), said, `after “${text(s.got)}”, the card’s status`);
  });
}
