import { expect, test } from '@playwright/test';
import { answerByKeyboard, at, exam, questionIds, RIGHT, savedExams } from './helpers';

const START = new Date('2025-01-06T09:00:00Z');

test('the timer is announced at 5 minutes and 1 minute left, and submits the answers when time runs out', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto(at('exams/timed/?seed=k3j9x0ab'));
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  const x = exam(page);
  await x.start.click();
  await expect(x.clock).toHaveText('10:00');
  const said = page.locator('.mn-exam__timer [role="status"]');
  const ids = await questionIds(page);
  await answerByKeyboard(page, x.questions.first(), RIGHT[ids[0]!]!);

  await page.clock.fastForward('04:59');
  await expect(x.clock).toHaveText('5:01');
  await page.clock.runFor(1000);
  await expect(x.clock).toHaveText('5:00');
  // The live region is filled on the next animation frame (emptied first, so it is read anew).
  await page.clock.runFor(100);
  await expect(said).toHaveText('5 minutes left.');
  await page.clock.runFor(1000);
  await expect(x.clock).toHaveText('4:59');

  // A reload does not repeat an announcement already made.
  await page.reload();
  await expect(x.clock).toHaveText('4:59');
  await page.clock.runFor(2000);
  await expect(said).toHaveText('');

  // 4:56.9 left: 3:56 later the clock reads 1:01, and the next second crosses the mark.
  await page.clock.fastForward('03:56');
  await expect(x.clock).toHaveText('1:01');
  await page.clock.runFor(1000);
  await expect(x.clock).toHaveText('1:00');
  await page.clock.runFor(100);
  await expect(said).toHaveText('1 minute left.');

  // The confirmation is open when time runs out: the exam is submitted anyway.
  await x.submit.click();
  await expect(x.dialog).toBeVisible();
  await page.clock.fastForward('01:00');
  await page.clock.runFor(100);
  await expect(x.results).toBeFocused();
  await expect(x.dialog).toHaveCount(0);
  await expect(page.locator('.mn-exam__status')).toHaveText('Time is up: your answers were submitted.');
  await expect(page.locator('.mn-exam__summary')).toContainText('1 of 6 right: 16%. The pass mark is 60%. Time taken: 10 min.');
  const stored = await savedExams(page);
  expect(stored.results[0]).toMatchObject({ right: 1, total: 6 });
  expect(stored.open['exams/timed']!.submittedAt).toBeDefined();
});

test('time that ran out while the tab was closed submits the exam on the next visit', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto(at('exams/timed/?seed=k3j9x0ab'));
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  const x = exam(page);
  await x.start.click();
  await expect(x.clock).toHaveText('10:00');
  await page.goto(at('basics/choices/'));
  await page.clock.fastForward('15:00');
  await page.goto(at('exams/timed/'));
  await expect(x.results).toBeVisible();
  await expect(page.locator('.mn-exam__summary')).toContainText('0 of 6 right: 0%. The pass mark is 60%. Time taken: 10 min.');
});

test('an untimed exam has no clock and draws only from its `from`', async ({ page }) => {
  await page.goto(at('exams/quick/'));
  const x = exam(page);
  await expect(page.locator('.mn-exam__facts')).toHaveText(/3 questions\s*No time limit\s*Pass mark: 70%/);
  await x.start.click();
  await expect(x.questions.first()).toBeVisible();
  await expect(x.clock).toHaveCount(0);
  const ids = await questionIds(page);
  expect(ids).toHaveLength(3);
  for (const id of ids) expect(id).toMatch(/^probe-/);
});
