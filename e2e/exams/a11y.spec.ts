import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { at, exam } from './helpers';

/** Axe finds nothing on the page as it is now; `state` names it in the failure. */
async function clean(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

/** Opens the timed exam and starts it, in the layout `all` or one at a time. */
async function started(page: Page, all = false) {
  await page.goto(at('exams/timed/'));
  const x = exam(page);
  if (all) await page.getByRole('radio', { name: 'All on one page' }).check();
  await x.start.click();
  await expect(x.questions.first()).toBeVisible();
  return x;
}

// One state or two per test, so that axe's runs spread over the workers; on a loaded machine
// one run can take half a minute.
test('an exam page passes axe before starting and one question at a time', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(at('exams/timed/'));
  await expect(exam(page).start).toBeEnabled();
  await clean(page, 'setup');
  await started(page);
  await clean(page, 'one at a time');
});

test('an exam page passes axe with all questions on one page, a flag, and the confirmation', async ({ page }) => {
  test.setTimeout(240_000);
  const x = await started(page, true);
  await expect(x.questions).toHaveCount(6);
  await x.questions.first().getByRole('button', { name: 'Flag for later' }).click();
  await clean(page, 'all on one page');
  await x.submit.click();
  await expect(x.dialog).toBeVisible();
  await clean(page, 'confirmation');
});

test('an exam page passes axe on its results', async ({ page }) => {
  test.setTimeout(240_000);
  const x = await started(page);
  await x.submit.click();
  await x.dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(x.results).toBeVisible();
  await clean(page, 'results');
});

test('the practice page passes axe while choosing and while taking a test', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(at('practice/'));
  const x = exam(page);
  await expect(x.start).toBeEnabled();
  await clean(page, 'practice setup');
  await page.getByRole('checkbox', { name: 'Timed: 1.5 minutes per question' }).check();
  await x.start.click();
  await expect(x.clock).toBeVisible();
  await clean(page, 'practice test');
});
