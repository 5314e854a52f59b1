import { expect, test } from '@playwright/test';
import { at, question, ready, saved } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto(at('drills/typed/'));
});

test('text answers are compared after trimming, collapsing spaces and ignoring case', async ({ page }) => {
  const q = question(page, 'strategy-text');
  await ready(q);
  await expect(q.answer).toHaveAccessibleName(/^Which deployment strategy .* at once\? Your answer$/);

  await q.answer.fill('red-black');
  await q.answer.press('Enter');
  await expect(q.status).toHaveText('Not quite. Try again, or show the answer.');
  await expect(q.root.getByText('Not right.')).toBeVisible();
  await expect(q.answer).toHaveAttribute('aria-invalid', 'true');
  await expect(q.answer).not.toBeEditable();
  await expect(q.retry).toBeFocused();
  // The expected answer is not given away by a wrong check.
  await expect(q.outcome).toBeHidden();

  await q.retry.click();
  await expect(q.answer).toBeFocused();
  await expect(q.answer).toBeEditable();
  await page.keyboard.type('   BLUE   Green   deployment  ');
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.outcome).toContainText('Answer: blue-green');
  await expect(q.outcome).toContainText('A blue-green deployment keeps two environments');
  await expect(q.outcome).toBeFocused();
  await expect.poll(async () => (await saved(page))?.questions['strategy-text']?.result).toBe('right');
});

test('a case-sensitive answer needs the right capitals', async ({ page }) => {
  const q = question(page, 'symbol-case');
  await ready(q);
  await q.answer.fill('na');
  await q.check.click();
  // Right but for its capitals: the learner is told that capitals count.
  await expect(q.status).toHaveText('Not quite: capitals count in this answer, and yours differ. Try again, or show the answer.');
  await expect(q.root.getByText('Not right: capitals count here.')).toBeVisible();
  await q.retry.click();
  await q.answer.fill('K');
  await q.check.click();
  await expect(q.status).toHaveText('Not quite. Try again, or show the answer.');
  await expect(q.root.getByText('Not right.', { exact: true })).toBeVisible();
  await q.retry.click();
  await q.answer.fill(' Na ');
  await q.check.click();
  await expect(q.status).toHaveText('Correct.');
});

test('a number is right within its tolerance, and only then', async ({ page }) => {
  const q = question(page, 'orbit-number');
  await ready(q);
  await expect(q.answer).toHaveAttribute('inputmode', 'decimal');

  await q.answer.fill('88.51');
  await q.check.click();
  await expect(q.status).toHaveText(/^Not quite/);

  for (const right of ['88.5', '87.5', '87,6', ' 88 ']) {
    await q.retry.click();
    await q.answer.fill(right);
    await q.check.click();
    await expect(q.status, `${right} is within 0.5 of 88`).toHaveText('Correct. The explanation follows.');
  }
  await q.retry.click();
  await q.answer.fill('87.49');
  await q.check.click();
  await expect(q.status).toHaveText(/^Not quite/);
});

test('something that is not a number, or nothing, is not graded', async ({ page }) => {
  const q = question(page, 'orbit-number');
  await ready(q);
  await q.check.click();
  await expect(q.status).toHaveText('Type a number first, for example 12.5.');
  await q.answer.fill('eighty-eight');
  await q.check.click();
  await expect(q.status).toHaveText('That is not a number. Type digits, for example 12.5.');
  await expect(q.answer).toBeEditable();
  await expect(q.check).toBeVisible();
  expect(await saved(page)).toBeNull();
});

test('show answer gives the expected answer and the explanation', async ({ page }) => {
  const q = question(page, 'orbit-number');
  await ready(q);
  await q.reveal.click();
  await expect(q.status).toHaveText('Answer shown. The expected answer is “88 ± 0.5”. The explanation follows.');
  await expect(q.outcome).toContainText('Answer: 88 ± 0.5');
  await expect(q.outcome).toContainText('About 88 days.');
  await expect(q.outcome).toBeFocused();
  await expect(q.retry).toHaveText('Answer again');
});
