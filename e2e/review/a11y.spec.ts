/**
 * The review page in each of its states, and the header's count, against WCAG 2.2 AA (axe).
 * Each axe run takes a while on a loaded machine: two runs per test.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { at, expectDue, MINUTE, MONDAY, openReview, ZONE } from './helpers';

test.use({ timezoneId: ZONE });
test.describe.configure({ timeout: 180_000 });

/** Gets a question of the lesson wrong, so it is due in review two minutes later. */
async function missQuestion(page: Page) {
  await page.clock.install({ time: MONDAY });
  await page.goto(at('basics/terms/'));
  await page.locator('mnemo-question#q-canary-share').getByRole('button', { name: 'Show answer' }).click();
  await expectDue(page, 1);
}

test('a lesson page with the header’s count, and a question due in review, pass axe', async ({ page }) => {
  await missQuestion(page);
  expect(await axeViolations(page), 'a lesson page with the header count').toEqual([]);
  await page.clock.fastForward(2 * MINUTE);
  await openReview(page);
  expect(await axeViolations(page), 'a question').toEqual([]);
});

test('a question answered and rated in review, and a flashcard’s front, pass axe', async ({ page }) => {
  await missQuestion(page);
  await page.clock.fastForward(2 * MINUTE);
  const r = await openReview(page);
  await r.root.getByRole('button', { name: 'Show a hint' }).click();
  await r.root.getByRole('radio', { name: 'About half' }).check();
  await r.root.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(r.next).toBeVisible();
  expect(await axeViolations(page), 'a question answered and rated').toEqual([]);
  await r.next.click();
  await expect(r.reveal).toBeVisible();
  expect(await axeViolations(page), 'a flashcard’s front').toEqual([]);
});

test('a flashcard’s back with the ratings, and the end of a session, pass axe', async ({ page }) => {
  await page.clock.install({ time: MONDAY });
  const r = await openReview(page);
  await r.reveal.click();
  await expect(r.rating('Good')).toBeVisible();
  expect(await axeViolations(page), 'a flashcard’s back with the ratings').toEqual([]);
  for (let i = 0; i < 3; i++) {
    if (i > 0) await r.reveal.click();
    await r.rating('Easy').click();
  }
  await expect(r.done).toBeVisible();
  expect(await axeViolations(page), 'the end of a session').toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says it needs JavaScript and links the lessons', async ({ page }) => {
    await page.goto(at('review/'));
    await expect(page.getByText('The review page needs JavaScript')).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Release terms' })).toHaveAttribute('href', '/spaced/basics/terms/');
    await expect(main.getByRole('link', { name: 'Feature flags' })).toHaveAttribute('href', '/spaced/extra/flags/');
    // A lesson without self-checks is not offered.
    await expect(main.getByRole('link', { name: 'Reading only' })).toHaveCount(0);
    await expect(page.getByText('Loading your review…')).toBeHidden();
    await expect(page.getByRole('group', { name: /from “/ })).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Review', exact: true })).toBeVisible();
  });
});

test.describe('the no-JavaScript message', () => {
  // axe needs scripts: the page's own are blocked instead, and the message shown as it is without them.
  test.use({ bypassCSP: true });

  test('passes axe', async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(at('review/'));
    await page.addStyleTag({ content: '[data-needs-script] { display: block !important; }' });
    await expect(page.getByText('The review page needs JavaScript')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
