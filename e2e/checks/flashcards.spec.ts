import { expect, test, type Page } from '@playwright/test';
import { at, saved } from './helpers';

const card = (page: Page, id: string) => {
  const root = page.locator(`mnemo-flashcard#${id}`);
  return {
    root,
    face: root.locator('summary'),
    back: root.locator('.mn-card__back'),
    rating: root.getByRole('group', { name: 'Did you recall it?' }),
    again: root.getByRole('button', { name: 'Again' }),
    got: root.getByRole('button', { name: 'Got it' }),
    status: root.getByRole('status'),
  };
};

const deck = (page: Page) => {
  const root = page.getByRole('region', { name: 'Flashcards: Planets' });
  return {
    root,
    position: root.locator('.mn-deck__position'),
    previous: root.getByRole('button', { name: 'Previous card' }),
    next: root.getByRole('button', { name: 'Next card' }),
  };
};

test.beforeEach(async ({ page }) => {
  await page.goto(at('drills/cards/'));
});

test('a card turns over by a click on its front, and back by a click on its back', async ({ page }) => {
  const c = card(page, 'card-alone');
  await expect(c.back).toBeHidden();
  await c.face.click();
  await expect(c.back).toHaveText('Paris.');
  await expect(c.face).toHaveAccessibleName(/What is the capital of France\? Hide the back/);
  // Turned over, the front faces away: the learner clicks the card they see.
  await c.back.click();
  await expect(c.back).toBeHidden();
  await expect(c.face).toBeVisible();
  await expect(c.face).toBeFocused();
});

test('a focused card flips with Enter and with Space', async ({ page }) => {
  const c = card(page, 'card-alone');
  await c.face.focus();
  await page.keyboard.press('Enter');
  await expect(c.back).toBeVisible();
  await page.keyboard.press('Space');
  await expect(c.back).toBeHidden();
  await page.keyboard.press('Space');
  await expect(c.back).toBeVisible();
  // Keys do nothing to the card when it does not have focus: no global shortcuts.
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await expect(c.back).toBeVisible();
});

test('recall is rated after seeing the back, saved, and shown on the next visit', async ({ page }) => {
  const c = card(page, 'card-alone');
  await expect(c.rating).toBeHidden();
  await c.face.click();
  await expect(c.rating).toBeVisible();
  await c.again.click();
  await expect(c.status).toHaveText('Rated “again”. “Got it” 0 of 1 times.');
  await c.got.click();
  await expect(c.status).toHaveText('Rated “got it”. “Got it” 1 of 2 times.');
  await expect.poll(async () => (await saved(page))?.cards['card-alone']).toMatchObject({ again: 1, got: 1, last: 'got' });
  await expect(page.locator('.mn-lesson-header')).toContainText('1 of 5 flashcards marked “got it”.');

  await page.reload();
  await expect(c.root.getByText('Last time: got it.')).toBeVisible();
  await expect(c.back).toBeHidden();
});

test('a deck shows one card at a time with its position, and steps', async ({ page }) => {
  const d = deck(page);
  await expect(d.position).toHaveText('Card 1 / 4');
  await expect(d.root.locator('mnemo-flashcard:visible')).toHaveCount(1);
  await expect(card(page, 'card-mercury').face).toBeVisible();
  await expect(d.previous).toHaveAttribute('aria-disabled', 'true');

  await d.next.click();
  await expect(d.position).toHaveText('Card 2 / 4');
  await expect(card(page, 'card-venus').face).toBeVisible();
  await expect(card(page, 'card-mercury').face).toBeHidden();
  await d.next.click();
  await d.next.click();
  await expect(d.position).toHaveText('Card 4 / 4');
  await expect(d.next).toHaveAttribute('aria-disabled', 'true');
  // At the end "Next card" stays focusable (aria-disabled) and does nothing.
  await expect(d.next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(d.position).toHaveText('Card 4 / 4');
  await expect(d.next).toBeFocused();
  await d.previous.click();
  await expect(d.position).toHaveText('Card 3 / 4');
  await expect(card(page, 'card-earth').face).toBeVisible();
});

test('rating a card in a deck moves on to the next card', async ({ page }) => {
  const d = deck(page);
  const mercury = card(page, 'card-mercury');
  await mercury.face.click();
  await mercury.got.click();
  // The rating is said in the deck's live region, since the rated card's own status hides with it.
  await expect(d.position).toHaveText(/^Rated “got it”\..*Card 2 \/ 4$/);
  const venus = card(page, 'card-venus');
  await expect(venus.face).toBeFocused();
  await expect(venus.back).toBeHidden();
  await expect.poll(async () => (await saved(page))?.cards['card-mercury']?.last).toBe('got');
});

test('a link to a card in a deck opens the deck at that card', async ({ page }) => {
  await page.goto(at('drills/cards/#card-earth'));
  const d = deck(page);
  await expect(d.position).toHaveText('Card 3 / 4');
  await expect(card(page, 'card-earth').face).toBeInViewport();
  await page.evaluate(() => (location.hash = '#card-venus'));
  await expect(d.position).toHaveText('Card 2 / 4');
});
