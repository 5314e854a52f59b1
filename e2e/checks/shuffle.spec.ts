import { expect, test, type Page } from '@playwright/test';
import { question, shuffled } from './helpers';

const LOADS = 8;
const order = (page: Page, id: string) => page.locator(`#${id} .mn-choice__text`).allTextContents();

test('the site-wide shuffle default reorders choices on each visit; shuffle={false} keeps the order', async ({ page }) => {
  const seen = new Set<string>();
  for (let i = 0; i < LOADS; i++) {
    await page.goto(shuffled('shuffled/'));
    await expect(question(page, 'site-default').check).toBeVisible();
    const now = await order(page, 'site-default');
    expect([...now].sort()).toEqual(['B', 'C', 'E', 'F', 'G', 'H']);
    seen.add(now.join(''));
    expect(await order(page, 'kept-order')).toEqual(['B', 'C', 'E', 'F', 'G', 'H']);
  }
  // Six choices have 720 orders: eight visits in one order would mean no shuffling.
  expect(seen.size).toBeGreaterThan(1);
});

test('a shuffled question is graded by choice, not by position', async ({ page }) => {
  await page.goto(shuffled('shuffled/'));
  const q = question(page, 'site-default');
  await q.radio('E').check();
  await q.check.click();
  await expect(q.status).toHaveText('Correct.');
  // Tab order follows the shuffled order on screen.
  const names = await q.root.getByRole('radio').evaluateAll((inputs) => inputs.map((i) => i.closest('label')!.textContent!.trim()));
  expect(names).toEqual(await order(page, 'site-default'));
});

test('a deck with shuffle studies its cards in a new order on each visit', async ({ page }) => {
  const seen = new Set<string>();
  for (let i = 0; i < LOADS; i++) {
    await page.goto(shuffled('shuffled/'));
    const deck = page.getByRole('region', { name: 'Flashcards: Shuffled deck' });
    await expect(deck.locator('.mn-deck__position')).toHaveText('Card 1 / 6');
    const fronts = await deck.locator('.mn-card__prompt').allTextContents();
    expect([...fronts].sort()).toEqual(['Five', 'Four', 'One', 'Six', 'Three', 'Two']);
    await expect(deck.locator('.mn-card__prompt').first()).toBeVisible();
    seen.add(fronts.join());
  }
  expect(seen.size).toBeGreaterThan(1);
});
