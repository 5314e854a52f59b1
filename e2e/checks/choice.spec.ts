import { expect, test } from '@playwright/test';
import { at, question, ready, saved } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto(at('drills/choices/'));
});

test('single choice: a wrong check marks the pick; try again; a right check marks every choice and explains', async ({ page }) => {
  const q = question(page, 'planet-single');
  await ready(q);
  const group = q.root.getByRole('group', { name: 'Which planet is closest to the Sun?' });
  await expect(group.getByRole('radio')).toHaveCount(3);

  await q.radio('Venus').check();
  await q.check.click();
  await expect(q.status).toHaveText(/^Not quite/);
  await expect(q.feedback('Venus')).toHaveText('Incorrect, your choice. Venus is second.');
  await expect(q.radio('Venus')).toHaveAccessibleDescription('Incorrect, your choice. Venus is second.');
  // Only what was picked is marked; the right answer and the explanation stay hidden.
  await expect(q.feedback('Mercury')).toBeHidden();
  await expect(q.feedback('Mars')).toBeHidden();
  await expect(q.root.getByText('orbits at about 0.39 AU')).toBeHidden();
  await expect(q.radio('Mercury')).toBeDisabled();
  await expect(q.retry).toHaveText('Try again');
  await expect(q.retry).toBeFocused();
  await expect(q.reveal).toBeVisible();
  await expect.poll(async () => (await saved(page))?.questions['planet-single']?.result).toBe('wrong');

  await q.retry.click();
  await expect(q.radio('Venus')).toBeFocused();
  await expect(q.feedback('Venus')).toBeHidden();
  await expect(q.radio('Venus')).not.toHaveAttribute('aria-describedby');
  await expect(q.status).toHaveText('');

  await q.radio('Mercury').check();
  await q.check.click();
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.feedback('Mercury')).toHaveText('Correct, your choice. Yes: Mercury orbits closest.');
  await expect(q.feedback('Venus')).toHaveText('Incorrect. Venus is second.');
  await expect(q.feedback('Mars')).toHaveText('Incorrect. Mars is fourth.');
  await expect(q.outcome).toContainText('Mercury orbits at about 0.39 AU.');
  await expect(q.outcome).toBeFocused();
  await expect(q.reveal).toBeHidden();
  await expect(q.check).toBeHidden();
  await expect(q.retry).toHaveText('Answer again');
  await expect.poll(async () => (await saved(page))?.questions['planet-single']?.result).toBe('right');
});

test('select all that apply is right only for exactly the correct set', async ({ page }) => {
  const q = question(page, 'primes-multiple');
  await ready(q);
  await expect(q.root.getByRole('group', { name: /Which of these numbers are prime/ })).toHaveAccessibleDescription('Self-check: select all that apply.');

  // Two of the three primes: not enough.
  await q.checkbox('2').check();
  await q.checkbox('3').check();
  await q.check.click();
  // Both picks are right, so the learner hears that a right one is missing.
  await expect(q.status).toHaveText(/^Not quite: the choices you picked are right, but not all the right ones are picked\./);
  await expect(q.feedback('2')).toHaveText('Correct, your choice. 2 is the only even prime.');
  await expect(q.feedback('5')).toBeHidden();

  // All three primes plus a wrong one: too many.
  await q.retry.click();
  await q.checkbox('5').check();
  await q.checkbox('4').check();
  await q.check.click();
  await expect(q.status).toHaveText(/^Not quite: 1 of your choices is wrong\./);
  await expect(q.feedback('4')).toHaveText('Incorrect, your choice. 4 is 2 times 2.');

  // Exactly the primes.
  await q.retry.click();
  await q.checkbox('4').uncheck();
  await q.check.click();
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.feedback('9')).toHaveText('Incorrect. 9 is 3 times 3.');
  await expect(q.outcome).toHaveText('The primes here are 2, 3 and 5.');
});

test('show answer marks every choice with its feedback and shows the explanation', async ({ page }) => {
  const q = question(page, 'planet-single');
  await ready(q);
  await q.reveal.click();
  // The right answer is said, so nobody has to walk back through the choices to find it.
  await expect(q.status).toHaveText('Answer shown. The right answer is “Mercury”. The explanation follows.');
  await expect(q.feedback('Mercury')).toHaveText('Correct. Yes: Mercury orbits closest.');
  await expect(q.feedback('Venus')).toHaveText('Incorrect. Venus is second.');
  await expect(q.feedback('Mars')).toHaveText('Incorrect. Mars is fourth.');
  await expect(q.outcome).toBeVisible();
  await expect(q.outcome).toBeFocused();
  await expect(q.reveal).toBeHidden();
  await expect.poll(async () => (await saved(page))?.questions['planet-single']?.result).toBe('revealed');

  // After a wrong check too, "Show answer" reveals everything.
  const p = question(page, 'primes-multiple');
  await p.checkbox('4').check();
  await p.check.click();
  await p.reveal.click();
  await expect(p.status).toHaveText('Answer shown. The right answers are “2”, “3”, and “5”. The explanation follows.');
  for (const n of ['2', '3', '4', '5', '9']) await expect(p.feedback(n)).toBeVisible();
  await expect(p.feedback('4')).toHaveText('Incorrect, your choice. 4 is 2 times 2.');
});

test('a question without an explanation moves focus to "Answer again" once answered', async ({ page }) => {
  const q = question(page, 'code-stem');
  await ready(q);
  await expect(q.root.getByRole('group', { name: /What does this print\?/ })).toBeVisible();
  await q.checkbox('3').check();
  await q.check.click();
  await expect(q.status).toHaveText('Correct.');
  await expect(q.outcome).toBeHidden();
  await expect(q.retry).toBeFocused();
});

test('checking with nothing chosen says so and records nothing', async ({ page }) => {
  const q = question(page, 'planet-single');
  await ready(q);
  await q.check.click();
  await expect(q.status).toHaveText('Choose an answer first.');
  await expect(q.check).toBeVisible();
  expect(await saved(page)).toBeNull();
});

test('hints are revealed one at a time, in order, and announced', async ({ page }) => {
  const q = question(page, 'planet-single');
  await ready(q);
  const first = q.root.locator('.mn-hint').getByText('It is also the smallest planet.');
  const second = q.root.locator('.mn-hint').getByText('Its name is also a chemical element.');
  await expect(first).toBeHidden();
  await expect(second).toBeHidden();

  await expect(q.hint).toHaveText('Show hint 1 of 2');
  await q.hint.click();
  await expect(first).toBeVisible();
  await expect(second).toBeHidden();
  await expect(q.status).toHaveText('Hint 1 of 2: It is also the smallest planet.');

  await expect(q.hint).toHaveText('Show hint 2 of 2');
  await q.hint.click();
  await expect(second).toBeVisible();
  await expect(q.status).toHaveText('Hint 2 of 2: Its name is also a chemical element.');
  await expect(q.hint).toHaveText('All hints shown');
  await expect(q.hint).toHaveAttribute('aria-disabled', 'true');
  await expect(q.hint).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q.hint).toHaveText('All hints shown');
});

test('a question without an authored id gets a stable derived id as its anchor', async ({ page }) => {
  const derived = page.locator('mnemo-question', { hasText: 'what colour is a clear daytime sky' });
  const id = await derived.getAttribute('id');
  expect(id).toMatch(/^a-question-without-an-authored-id-[0-9a-f]{6}$/);
  await page.reload();
  await expect(derived).toHaveAttribute('id', id!);
});
