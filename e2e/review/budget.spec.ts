/**
 * The review page's JavaScript before interaction, in its heaviest start: a question due first
 * (the page also loads the question's renderer and the lesson pages' question code). The page
 * with a flashcard first is weighed with the other page types (e2e/quality/budgets.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../quality/budgets';
import { weigh } from '../quality/weigh';
import { at, KEYS } from './helpers';

test('the review page with a question due first stays within its JavaScript budget', async ({ page }) => {
  await page.addInitScript((key) => {
    const now = Date.now();
    const due = { phase: 'learning', due: now - 60_000, lastReview: now - 120_000, stability: 0.2, difficulty: 7, scheduledDays: 0, learningStep: 0, reps: 1, lapses: 0 };
    localStorage.setItem(key, JSON.stringify({ v: 1, states: { 'q-canary-share': due } }));
  }, KEYS.review);
  const weight = await weigh(page, at('review/'), (p) => expect(p.locator('mnemo-review mnemo-question[data-state]')).toBeVisible());
  console.log(`[weight] review, a question first: JS ${weight.js} B (gzip)`);
  // The scheduler waits for the browser to be idle: ts-fsrs is not in what was loaded.
  for (const file of weight.files.filter((f) => f.kind === 'js' && !f.url.includes('inline'))) {
    expect(await (await page.request.get(file.url)).text(), file.url).not.toContain('request_retention');
  }
  expect(weight.js).toBeLessThanOrEqual(BUDGETS.review.js);
});
