import { expect, test } from '@playwright/test';
import { at, question, ready, tabTo } from './helpers';

test('a choice question can be answered with the keyboard alone', async ({ page }) => {
  await page.goto(at('drills/choices/'));
  const q = question(page, 'planet-single');
  await ready(q);
  await tabTo(page, q.radio('Venus'));
  // Arrow keys move within the radio group (native behaviour); Space selects.
  await page.keyboard.press('ArrowDown');
  await expect(q.radio('Mercury')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(q.hint).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText(/^Hint 1 of 2/);
  // The revealed hint's own disclosure comes next, then Check.
  await tabTo(page, q.check, 3);
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.outcome).toBeFocused();

  const p = question(page, 'primes-multiple');
  await tabTo(page, p.checkbox('2'));
  await page.keyboard.press('Space');
  await tabTo(page, p.check);
  await page.keyboard.press('Enter');
  await expect(p.status).toHaveText(/^Not quite/);
  await expect(p.retry).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(p.reveal).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(p.outcome).toBeFocused();
  // A shown answer is said as a sighted learner sees it: the right choices, by name.
  await expect(p.status).toHaveText('Answer shown. The right answers are “2”, “3”, and “5”. The explanation follows.');
});

test('typed questions, flashcards, decks and the reset dialog work by keyboard alone', async ({ page }) => {
  await page.goto(at('drills/typed/'));
  const q = question(page, 'strategy-text');
  await ready(q);
  await tabTo(page, q.answer);
  await page.keyboard.type('blue-green');
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText(/^Correct/);

  await page.goto(at('drills/cards/'));
  const face = page.locator('#card-mercury summary');
  await tabTo(page, face);
  await page.keyboard.press('Space');
  const got = page.locator('#card-mercury').getByRole('button', { name: 'Got it' });
  await tabTo(page, got);
  await page.keyboard.press('Enter');
  await expect(page.locator('#card-venus summary')).toBeFocused();
  await expect(page.locator('.mn-deck__position')).toHaveText(/(^|\s)Card 2 \/ 4$/);
  const next = page.getByRole('button', { name: 'Next card' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.locator('.mn-deck__position')).toHaveText('Card 3 / 4');
  await expect(next).toBeFocused();

  const reset = page.getByRole('button', { name: 'Reset this lesson' });
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, reset, 80);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset this lesson?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Reset this lesson' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reset).toBeFocused();
  await expect(page.locator('.mn-lesson-header')).toContainText('0 of 5 flashcards');
});

test('a #id link lands on the question or flashcard', async ({ page }) => {
  await page.goto(at('drills/choices/#primes-multiple'));
  const target = page.locator('#primes-multiple');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(page.locator('h1')).not.toBeInViewport();

  await page.goto(at('drills/cards/#card-alone'));
  expect(await page.locator('#card-alone').evaluate((el) => el.matches(':target'))).toBe(true);
});
