import { expect, test } from '@playwright/test';
import { question, ready, saved, tabTo } from './helpers';
import { MORE_KINDS } from './kinds-helpers';

test.beforeEach(async ({ page }) => {
  await page.goto(MORE_KINDS);
});

const gaps = (page: import('@playwright/test').Page, id: string) => {
  const q = question(page, id);
  return { ...q, blank: (name: string) => q.root.getByRole('textbox', { name, exact: true }) };
};

test('blanks sit in the sentence, labelled and sized to the answer; a wrong check marks only the wrong blank', async ({ page }) => {
  const q = gaps(page, 'pin-blanks');
  await ready(q);
  await expect(q.root.getByText('Self-check: fill in the blanks.')).toBeVisible();
  const first = q.blank('Blank 1 of 2');
  const second = q.blank('Blank 2 of 2');
  await expect(first).toHaveAccessibleDescription(/^An image reference pinned by its .* can be moved to another image\.$/);
  // Each blank is inside the question text, as wide as its expected answer and a little more.
  await expect(q.root.locator('.mn-question__stem').getByRole('textbox')).toHaveCount(2);
  await expect(first).toHaveAttribute('size', '8');
  await expect(second).toHaveAttribute('size', '5');

  await q.check.click();
  await expect(q.status).toHaveText('Fill in at least one blank first.');
  await first.fill('  Content   DIGEST ');
  await second.fill('label');
  await q.check.click();
  await expect(q.status).toHaveText('Not quite: 1 of 2 blanks is not right; it is marked. Try again, or show the answer.');
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(first).not.toHaveAttribute('aria-invalid');
  await expect(first).not.toBeEditable();
  await expect(q.outcome).toBeHidden();

  await q.retry.click();
  // Straight back to the blank that was wrong.
  await expect(second).toBeFocused();
  await expect(second).toBeEditable();
  await page.keyboard.type('tag');
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.outcome.getByRole('list', { name: 'Answer key' }).getByRole('listitem')).toHaveText(['Blank 1: digest', 'Blank 2: tag']);
  await expect(q.outcome).toContainText('a tag is a movable name');
  await expect.poll(async () => (await saved(page))?.questions['pin-blanks']?.result).toBe('right');
});

test('by keyboard alone: Tab from blank to blank, Enter checks', async ({ page }) => {
  // Tabbing from the top of the page through the sidebar takes many key presses.
  test.slow();
  const q = gaps(page, 'pin-blanks');
  await ready(q);
  await tabTo(page, q.blank('Blank 1 of 2'));
  await page.keyboard.type('digest');
  await page.keyboard.press('Tab');
  await expect(q.blank('Blank 2 of 2')).toBeFocused();
  await page.keyboard.type('tag');
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.outcome).toBeFocused();
});

test('a number blank is right within its tolerance, and text that is not a number is not graded', async ({ page }) => {
  const q = gaps(page, 'orbit-blank');
  await ready(q);
  const blank = q.blank('Blank');
  await expect(blank).toHaveAttribute('inputmode', 'decimal');
  await blank.fill('eighty-eight');
  await q.check.click();
  await expect(q.status).toHaveText('That is not a number. Type digits, for example 12.5.');
  await blank.fill('88.51');
  await q.check.click();
  await expect(q.status).toHaveText('Not quite. Try again, or show the answer.');
  await expect(blank).toHaveAttribute('aria-invalid', 'true');
  await q.retry.click();
  await blank.fill('87,6');
  await q.check.click();
  await expect(q.status).toHaveText('Correct.');
  await expect(q.outcome).toContainText('Answer: 88 ± 0.5');
});

test('show answer gives each blank its answer; after a reload the result shows and the blanks are empty', async ({ page }) => {
  const q = gaps(page, 'pin-blanks');
  await ready(q);
  await q.blank('Blank 1 of 2').fill('hash');
  await q.check.click();
  await expect(q.status).toHaveText(/^Not quite: 2 of 2 blanks are not right/);
  await q.reveal.click();
  await expect(q.status).toHaveText('Answer shown. The explanation follows.');
  await expect(q.outcome.getByRole('listitem')).toHaveText(['Blank 1: digest', 'Blank 2: tag']);
  // The result is saved once the store's code has loaded, which may come after the verdict.
  await expect.poll(async () => (await saved(page))?.questions['pin-blanks']?.result).toBe('revealed');
  await page.reload();
  await ready(q);
  await expect(q.earlier).toHaveText('Last time: answer shown.');
  await expect(q.blank('Blank 1 of 2')).toHaveValue('');
  await expect(q.blank('Blank 1 of 2')).toBeEditable();
});
