import { expect, test } from '@playwright/test';
import { at } from './helpers';

test.use({ javaScriptEnabled: false });

test('without JavaScript a choice question reads fully and its answer and explanation open from a disclosure', async ({ page }) => {
  await page.goto(at('drills/choices/'));
  const q = page.locator('#planet-single');
  await expect(q.getByRole('group', { name: 'Which planet is closest to the Sun?' })).toBeVisible();
  await expect(q.getByRole('radio', { name: 'Mercury' })).toBeDisabled();
  // Controls that need JavaScript are not shown.
  await expect(q.getByRole('button', { name: 'Check' })).toBeHidden();
  await expect(q.getByRole('button', { name: /hint/i })).toBeHidden();

  const answer = q.getByText('Show the answer and explanation');
  const key = q.getByRole('list', { name: 'Answer key' });
  await expect(key).toBeHidden();
  await answer.click();
  await expect(key.getByRole('listitem')).toHaveText([
    'Incorrect: Venus Venus is second.',
    'Correct: Mercury Yes: Mercury orbits closest.',
    'Incorrect: Mars Mars is fourth.',
  ]);
  await expect(q.getByText('Mercury orbits at about 0.39 AU.')).toBeVisible();
});

test('without JavaScript hints are separate disclosures, and typed answers show their key', async ({ page }) => {
  await page.goto(at('drills/choices/'));
  const hint = page.locator('#planet-single').getByText('Hint 2 of 2');
  await hint.click();
  await expect(page.locator('#planet-single').getByText('Its name is also a chemical element.')).toBeVisible();

  await page.goto(at('drills/typed/'));
  const q = page.locator('#orbit-number');
  await expect(q.getByRole('textbox', { name: /How many days/ })).toBeDisabled();
  await q.getByText('Show the answer and explanation').click();
  await expect(q.getByText('Answer: 88 ± 0.5')).toBeVisible();
  await expect(q.getByText('About 88 days.')).toBeVisible();
  const plain = page.locator('#symbol-case');
  await plain.getByText('Show the answer', { exact: true }).click();
  await expect(plain.getByText('Answer: Na')).toBeVisible();
});

test('without JavaScript every flashcard of a deck is listed and its back opens', async ({ page }) => {
  await page.goto(at('drills/cards/'));
  const deck = page.getByRole('region', { name: 'Flashcards: Planets' });
  await expect(deck.locator('.mn-card__prompt')).toHaveText([
    'Closest planet to the Sun?',
    'Hottest planet?',
    'Third planet from the Sun?',
    'Which planet is called the red planet?',
  ]);
  await expect(deck.getByRole('button', { name: 'Next card' })).toBeHidden();
  const card = page.locator('#card-venus');
  await expect(card.getByText('Venus, because of its thick atmosphere.')).toBeHidden();
  await card.locator('summary').click();
  await expect(card.getByText('Venus, because of its thick atmosphere.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Got it' })).toBeHidden();
  // Progress needs JavaScript, so neither counts nor resets are shown.
  await expect(page.getByRole('button', { name: 'Reset this lesson' })).toBeHidden();
  await expect(page.locator('mnemo-progress').first()).toBeHidden();
});
