import { expect, test, type Page } from '@playwright/test';
import { at, exam, KEYS, questionIds } from './helpers';

/** Each shown question's choices, in the order shown. */
const choiceOrders = (page: Page) =>
  page.locator('.mn-exam__question').evaluateAll((boxes) => boxes.map((box) => [...box.querySelectorAll('.mn-choice__text')].map((c) => c.textContent)));

test('a practice test is built from the chosen sections, and its address retakes it exactly elsewhere', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto(at('practice/'));
  const x = exam(page);
  const form = page.locator('.mn-exam__form');
  // Exam pages' own questions are left out of what a practice test can draw.
  await expect(form.getByRole('group', { name: 'Sections' })).toHaveText(/Basics \(4 questions\)\s*Advanced \(4 questions\)/);
  await expect(form.getByRole('group', { name: 'Topics' })).toHaveText(/core\s*safety/);
  await form.getByRole('checkbox', { name: /^Advanced/ }).check();
  await form.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
  await form.getByRole('checkbox', { name: /^Timed/ }).check();
  await x.start.click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeFocused();
  await expect(x.clock).toHaveText(/^(5:00|4:5\d)$/);
  const ids = await questionIds(page);
  for (const id of ids) expect(id).toMatch(/^probe-/);
  const orders = await choiceOrders(page);
  const url = new URL(page.url());
  expect(url.searchParams.get('seed')).toMatch(/^[0-9a-z]{8}$/);
  expect(Object.fromEntries([...url.searchParams].filter(([k]) => k !== 'seed'))).toEqual({ section: 'advanced', count: '3', timed: '1' });

  // Someone else opens the address: the choices are filled in, and starting gives the same test.
  const other = await (await browser.newContext()).newPage();
  await other.goto(url.href);
  const y = exam(other);
  await expect(other.getByRole('checkbox', { name: /^Advanced/ })).toBeChecked();
  await expect(other.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue('3');
  await y.start.click();
  await expect(y.questions.first()).toBeVisible();
  expect(await questionIds(other)).toEqual(ids);
  expect(await choiceOrders(other)).toEqual(orders);
  expect(other.url()).toBe(url.href);
  await other.context().close();
});

test('“focus on my weak spots” draws the questions got wrong first', async ({ page }) => {
  await page.goto(at('practice/'));
  await page.evaluate((key) => {
    const at = Date.UTC(2025, 0, 6);
    const questions = {
      'probe-liveness': { result: 'right', at, attempts: 1 },
      'probe-readiness': { result: 'wrong', at, attempts: 1 },
      'probe-startup': { result: 'revealed', at, attempts: 1 },
    };
    localStorage.setItem(key, JSON.stringify({ v: 2, questions, cards: {} }));
  }, KEYS.progress);
  await page.reload();
  const x = exam(page);
  await page.getByRole('checkbox', { name: /^Advanced/ }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
  await page.getByRole('checkbox', { name: 'Focus on my weak spots' }).check();
  await x.start.click();
  await expect(x.questions.first()).toBeVisible();
  expect((await questionIds(page)).sort()).toEqual(['probe-readiness', 'probe-startup']);
  expect(new URL(page.url()).searchParams.get('weak')).toBe('1');
});

test('a test asking for more questions than its sections hold takes them all and says so; the choices can be changed after', async ({ page }) => {
  await page.goto(at('practice/'));
  const x = exam(page);
  await page.getByRole('checkbox', { name: 'safety' }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('8');
  await page.getByRole('radio', { name: 'All on one page' }).check();
  await x.start.click();
  await expect(x.questions).toHaveCount(4);
  await expect(x.status).toHaveText('They hold only 4 questions, so the test has 4.');
  await x.submit.click();
  await x.dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(x.results).toBeFocused();
  await expect(page.locator('.mn-exam__outcome')).toHaveText('Not passed');
  await page.getByRole('button', { name: 'Change the test' }).click();
  await expect(page.getByRole('heading', { name: 'Your test' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'safety' })).toBeChecked();
  // The layout chosen last time is offered first.
  await page.reload();
  await expect(page.locator('.mn-exam__outcome')).toHaveText('Not passed');
  // The practice page opens on the last result; setting up a new test offers that layout first.
  await page.goto(at('practice/'));
  await page.getByRole('button', { name: 'Change the test' }).click();
  await expect(page.getByRole('radio', { name: 'All on one page' })).toBeChecked();
});
