import { expect, test } from '@playwright/test';
import { answerByKeyboard, at, exam, questionIds, RIGHT } from './helpers';

test('a second tab resumes the same attempt, and each tab follows the other’s answers and submit', async ({ context }) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  await first.goto(at('exams/quick/'));
  const a = exam(first);
  await a.start.click();
  await expect(a.questions.first()).toBeVisible();
  const ids = await questionIds(first);
  await answerByKeyboard(first, a.questions.first(), RIGHT[ids[0]!]!);
  await expect(first.locator('.mn-exam__count')).toHaveText('1 of 3 answered');

  const second = await context.newPage();
  await second.goto(at('exams/quick/'));
  const b = exam(second);
  await expect(b.questions.first()).toBeVisible();
  expect(await questionIds(second)).toEqual(ids);
  expect(new URL(second.url()).searchParams.get('seed')).toBe(new URL(first.url()).searchParams.get('seed'));
  await expect(second.locator('.mn-exam__count')).toHaveText('1 of 3 answered');
  await expect(b.questions.first().locator('input:checked')).toHaveCount(1);

  // An answer given in the second tab shows in the first.
  await b.navigator.getByRole('button', { name: /^Question 2,/ }).click();
  await answerByKeyboard(second, b.questions.first(), RIGHT[ids[1]!]!);
  await expect(a.navigator.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();

  // Submitted in the first tab: the second shows the results too, and nothing is counted twice.
  await a.submit.click();
  await a.dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(a.results).toBeVisible();
  await expect(b.results).toBeVisible();
  await expect(second.locator('.mn-exam__summary')).toContainText('2 of 3 right: 66%.');
  const results = await second.evaluate(() => JSON.parse(localStorage.getItem('mnemo:exams:/exams/')!).results);
  expect(results).toHaveLength(1);
});
