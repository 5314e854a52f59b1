/**
 * The sample guide's section check draws ordering, matching and fill-in questions: each renders
 * in the exam, and the same kinds render when they are due in review (their strings come with
 * the page, not only with a lesson).
 */
import { expect, test } from '@playwright/test';
import { studyKeys } from '../../src/lib/progress/keys';
import { siteUrl } from '../support/sites';

test('an exam shows every question it draws, matching included', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Draws are seeded by the address: the first of these seeds whose draw holds the section's
  // matching question is the one the test takes (the same on every run).
  let kinds: string[] = [];
  for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']) {
    await page.goto(siteUrl('sample', `exams/releasing-check/?seed=${seed}`));
    await page.getByRole('button', { name: /^Start the (exam|test)$/ }).click();
    await expect(page.getByRole('button', { name: 'Submit answers' })).toBeVisible();
    await expect(page.locator('.mn-exam__question')).toHaveCount(10);
    // Nothing is answered yet, whatever the kinds drawn (an ordering question's shuffled steps too).
    await expect(page.locator('.mn-exam__count')).toHaveText('0 of 10 answered');
    kinds = await page.locator('.mn-exam__question .mn-question__kind').allTextContents();
    if (kinds.includes('Self-check: match each item to its answer.')) break;
    await page.evaluate(() => localStorage.clear());
  }
  expect(kinds).toContain('Self-check: match each item to its answer.');
  expect(errors).toEqual([]);
});

test('a matching question due in review is shown with its parts named', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((key) => {
    const now = Date.now();
    const due = { phase: 'learning', due: now - 60_000, lastReview: now - 120_000, stability: 0.2, difficulty: 7, scheduledDays: 0, learningStep: 0, reps: 1, lapses: 0 };
    localStorage.setItem(key, JSON.stringify({ v: 1, states: { 'strat-rollback-match': due } }));
  }, studyKeys('/sample/').review);
  await page.goto(siteUrl('sample', 'review/'));
  const question = page.locator('mnemo-review mnemo-question#strat-rollback-match');
  await expect(question).toBeVisible();
  await expect(question.getByRole('combobox').first()).toBeVisible();
  expect(errors).toEqual([]);
});
