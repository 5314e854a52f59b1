import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, at, exam, questionIds, RIGHT, savedExams, tabTo, WRONG, KEYS } from './helpers';

const START = new Date('2025-01-06T09:00:00Z');
/** A fixed seed: the same six questions and choice orders on every run. */
const SEED = 'k3j9x0ab';

/** Opens the timed exam with the clock installed and paused, so time moves only when a test moves it. */
async function openTimedExam(page: Page) {
  await page.clock.install({ time: START });
  await page.goto(at(`exams/timed/?seed=${SEED}`));
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
}

/** Moves to the next question with the keyboard, and checks focus landed on its heading. */
async function next(page: Page, n: number) {
  const x = exam(page);
  await tabTo(page, x.next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Question ${n} of 6` })).toBeFocused();
}

test('a timed exam taken by keyboard alone survives a reload, then shows a full review and retries the missed questions', async ({ page }) => {
  test.setTimeout(120_000);
  await openTimedExam(page);
  const x = exam(page);

  await tabTo(page, x.start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 1 of 6' })).toBeFocused();
  await expect(x.clock).toHaveText('10:00');
  const ids = await questionIds(page);
  expect(ids).toHaveLength(6);
  // The page's own question is always drawn; the rest come from the lessons, never from the other exam page.
  expect(ids).toContain('own-rollback-first');
  expect(page.url()).toContain(`seed=${SEED}`);
  // No feedback, hint or explanation while answering.
  await expect(page.locator('.mn-exam__paper .mn-explanation:visible, .mn-exam__paper .mn-choice__feedback:visible')).toHaveCount(0);

  // Questions 1 to 3 answered right; question 2 flagged for later.
  await answerByKeyboard(page, x.questions.first(), RIGHT[ids[0]!]!);
  await next(page, 2);
  await page.keyboard.press('Tab');
  await expect(x.questions.first().getByRole('button', { name: 'Flag for later' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(x.questions.first().getByRole('button', { name: 'Flag for later' })).toHaveAttribute('aria-pressed', 'true');
  await answerByKeyboard(page, x.questions.first(), RIGHT[ids[1]!]!);
  await next(page, 3);
  await answerByKeyboard(page, x.questions.first(), RIGHT[ids[2]!]!);
  await expect(page.locator('.mn-exam__count')).toHaveText('3 of 6 answered');
  await page.clock.fastForward('03:00');
  await expect(x.clock).toHaveText('7:00');

  // A reload keeps the questions, their order, the answers, the flag and the time left.
  await page.reload();
  await expect(x.questions.first()).toBeVisible();
  expect(await questionIds(page)).toEqual(ids);
  await expect(x.clock).toHaveText('7:00');
  await expect(page.locator('.mn-exam__count')).toHaveText('3 of 6 answered');
  await expect(x.navigator.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  await expect(x.navigator.getByRole('button', { name: 'Question 4, not answered' })).toBeVisible();

  // The navigator goes straight to question 4; 4 is answered wrong, 5 right, 6 left unanswered.
  await tabTo(page, x.navigator.getByRole('button', { name: /^Question 4,/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 4 of 6' })).toBeFocused();
  await answerByKeyboard(page, x.questions.first(), WRONG[ids[3]!]!);
  await next(page, 5);
  await answerByKeyboard(page, x.questions.first(), RIGHT[ids[4]!]!);

  // All on one page: every question shows, answers kept.
  await tabTo(page, x.switcher, 40, 'Shift+Tab');
  await expect(x.switcher).toHaveText('Show all questions on one page');
  await page.keyboard.press('Enter');
  await expect(x.questions).toHaveCount(6);

  // Submitting asks first, naming what is unanswered and flagged.
  await tabTo(page, x.submit);
  await page.keyboard.press('Enter');
  await expect(x.dialog).toBeVisible();
  await expect(x.dialog).toContainText('Question 6 is not answered yet.');
  await expect(x.dialog).toContainText('Question 2 is flagged for later.');
  await expect(x.dialog.getByRole('button', { name: 'Keep answering' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(x.dialog.getByRole('button', { name: 'Submit' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Results: pass against the pass mark of 60, score by section, time taken.
  await expect(x.results).toBeFocused();
  await expect(page.locator('.mn-exam__outcome')).toHaveText('Passed');
  await expect(page.locator('.mn-exam__summary')).toContainText('4 of 6 right: 66%. The pass mark is 60%. Time taken: 3 min.');
  await expect(page.getByRole('table', { name: 'Score by section' })).toBeVisible();
  // Every question: the verdict, the learner's answer, the right answer, each choice's feedback and the explanation.
  const review = page.locator('.mn-exam__review .mn-exam__question');
  await expect(review).toHaveCount(6);
  const verdicts = await review.locator('.mn-exam__verdict').allTextContents();
  expect(verdicts).toEqual(['Correct', 'Correct', 'Correct', 'Incorrect', 'Correct', 'Not answered']);
  const own = page.locator('.mn-exam__question', { has: page.locator('#own-rollback-first') });
  await expect(own.locator('.mn-choice__feedback')).toHaveCount(2);
  await expect(own.locator('.mn-choice__feedback').first()).toBeVisible();
  await expect(own.locator('.mn-explanation')).toBeVisible();

  const stored = await savedExams(page);
  expect(stored.results).toHaveLength(1);
  expect(stored.results[0]).toMatchObject({ exam: 'exams/timed', right: 4, total: 6, missed: [ids[3], ids[5]] });
  // The wrong answer feeds review; the answered questions' results are kept as progress.
  // Both are saved by code loaded on submit, so they are read until they appear.
  const read = (key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), key);
  await expect.poll(async () => Object.keys((await read(KEYS.review)).states ?? {})).toEqual([ids[3]]);
  await expect.poll(async () => Object.keys((await read(KEYS.progress)).questions ?? {}).length).toBe(5);
  const progress = await read(KEYS.progress);
  expect(progress.questions[ids[3]!].result).toBe('wrong');
  expect(progress.questions[ids[0]!].result).toBe('right');
  expect(progress.questions[ids[5]!]).toBeUndefined();

  // The results survive a reload.
  await page.reload();
  await expect(x.results).toBeVisible();
  await expect(page.locator('.mn-exam__review .mn-exam__verdict')).toHaveText(verdicts);

  // Retry the missed questions: a new attempt of just those two, untimed.
  const retry = page.getByRole('button', { name: 'Retry the 2 missed questions' });
  await tabTo(page, retry);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeFocused();
  expect((await questionIds(page)).sort()).toEqual([ids[3], ids[5]].sort());
  await expect(x.clock).toHaveCount(0);
});
