/**
 * Review follows what the learner does on lesson pages: a question got wrong enters review, a
 * flashcard rated there is scheduled, and a reset takes its items out of review.
 */
import { expect, test } from '@playwright/test';
import { at, expectDue, KEYS, MINUTE, MONDAY, openReview, stored, ZONE } from './helpers';

test.use({ timezoneId: ZONE });
// Many steps in a real browser on a machine shared with builds: more time than the default.
test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: MONDAY });
});

test('a question got wrong on its lesson page enters review, and is rated there by its new result', async ({ page }) => {
  await page.goto(at('basics/terms/'));
  await expectDue(page, 0);
  const question = page.locator('mnemo-question#q-canary-share');
  await question.getByRole('radio', { name: 'About half' }).check();
  await question.getByRole('button', { name: 'Check', exact: true }).click();
  await expectDue(page, 1);
  expect((await stored(page))?.states['q-canary-share']).toMatchObject({ phase: 'learning', reps: 1 });

  // Its 1-minute step has passed: it comes first, answered with the lesson's own controls.
  await page.clock.fastForward(2 * MINUTE);
  const r = await openReview(page);
  await expect(r.stage).toHaveAccessibleName('Question from “Release terms”');
  await expect(r.counts).toHaveText('Due now: 1 learning, 0 to review, 3 new.');
  await expect(r.note).toHaveText(/^Answer the question; its result rates it\. Wrong: Again \(\d+ min\)\. Right after a hint: Hard \(\d+ min\)\. Right: Good \(\d+ (min|d)\)\.$/);
  await expect(r.reveal).toBeHidden();
  const again = r.root.locator('mnemo-question');
  await again.getByRole('button', { name: 'Show a hint' }).click();
  await again.getByRole('radio', { name: 'A small slice, such as 1–5%' }).check();
  await again.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(again.getByRole('status')).toHaveText(/^Correct\./);
  await expect(r.note).toHaveText(/^Rated Hard: next review in \d+ minutes\.$/);
  expect((await stored(page))?.states['q-canary-share']).toMatchObject({ reps: 2 });

  // Trying again after the rating changes nothing more.
  await again.getByRole('button', { name: 'Answer again' }).click();
  await again.getByRole('radio', { name: 'About half' }).check();
  await again.getByRole('button', { name: 'Check', exact: true }).click();
  expect((await stored(page))?.states['q-canary-share']).toMatchObject({ reps: 2 });
  await r.next.click();
  await expect(r.front).toHaveText('What is a blue-green release?');
  await expect(r.stage).toBeFocused();
});

test('a question answered wrong in review is rated Again; a right answer on its lesson page leaves review alone', async ({ page }) => {
  await page.goto(at('extra/flags/'));
  const question = page.locator('mnemo-question#q-flag-term');
  await question.getByRole('textbox').fill('big bang');
  await question.getByRole('button', { name: 'Check', exact: true }).click();
  await expectDue(page, 1);
  await question.getByRole('button', { name: 'Try again' }).click();
  await question.getByRole('textbox').fill('full rollout');
  await question.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(question.getByRole('status')).toHaveText(/^Correct\./);
  expect((await stored(page))?.states['q-flag-term']).toMatchObject({ reps: 1 });

  await page.clock.fastForward(2 * MINUTE);
  const r = await openReview(page);
  const field = r.root.getByRole('textbox');
  await field.fill('3');
  await field.press('Enter');
  await expect(r.note).toHaveText('Rated Again: next review in 1 minute.');
  // Digits typed in the answer field never rated anything.
  expect((await stored(page))?.states['q-flag-term']).toMatchObject({ reps: 2, phase: 'learning' });
});

test('a flashcard rated on its lesson page is scheduled, and counts against the day’s new cards', async ({ page }) => {
  await page.goto(at('basics/terms/'));
  await expectDue(page, 0);
  const card = page.locator('mnemo-flashcard#card-blue-green');
  await card.getByText('Show the back').click();
  await card.getByRole('button', { name: 'Got it' }).click();
  await expectDue(page, 1);
  expect(await stored(page)).toMatchObject({ states: { 'card-blue-green': { phase: 'learning', reps: 1 } }, newCards: { ids: ['card-blue-green'] } });
  const r = await openReview(page);
  await expect(r.counts).toHaveText('Due now: 0 learning, 0 to review, 2 new.');
  await expect(r.front).toHaveText('What is a canary release?');
});

test('resetting a lesson takes its items out of review; resetting the guide clears review', async ({ page }) => {
  const r = await openReview(page);
  for (let i = 0; i < 3; i++) {
    await r.reveal.click();
    await r.rating('Again').click();
  }
  await expectDue(page, 3);
  await page.goto(at('extra/flags/'));
  const question = page.locator('mnemo-question#q-flag-term');
  await question.getByRole('button', { name: 'Show answer' }).click();
  await expectDue(page, 4);

  await page.goto(at('basics/terms/'));
  await expectDue(page, 4);
  await page.getByRole('button', { name: 'Reset this lesson' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset this lesson' }).click();
  await expectDue(page, 1);
  expect(Object.keys((await stored(page))?.states ?? {})).toEqual(['q-flag-term']);

  await page.goto(at(''));
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset all progress' }).click();
  await expectDue(page, 0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEYS.review)).toBeNull();
  const after = await openReview(page);
  await expect(after.counts).toHaveText('Due now: 0 learning, 0 to review, 3 new.');
});
