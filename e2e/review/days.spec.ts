/**
 * Days go by with Playwright's clock (a study day starts at 04:00 in Berlin): what FSRS
 * schedules comes back on the day it should, and the header's count follows it.
 */
import { expect, test, type Page } from '@playwright/test';
import { at, DAY, expectDue, MONDAY, openReview, stored, ZONE } from './helpers';

test.use({ timezoneId: ZONE });
// Many steps in a real browser on a machine shared with builds: more time than the default.
test.describe.configure({ timeout: 120_000 });

/** Moves the clock to `days` after Monday at `hour` (Berlin) and reloads. */
async function goTo(page: Page, days: number, hour = 10) {
  await page.clock.setSystemTime(new Date(MONDAY.getTime() + days * DAY + (hour - 10) * 3600_000));
  await page.reload();
}

/** How many started items are due on day `day` after Monday, from what is stored (all rated on Monday). */
async function dueOn(page: Page, day: number): Promise<number> {
  const data = await stored(page);
  return Object.values(data?.states ?? {}).filter((s) => s.phase !== 'review' || s.scheduledDays <= day).length;
}

test('a card rated Good is not due tomorrow but comes back after its interval; Again brings it back the same day', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: MONDAY });
  const r = await openReview(page);
  await r.reveal.click();
  await r.rating('Good').click();
  await expectDue(page, 1); // in its 10-minute step: due today
  for (let i = 0; i < 2; i++) {
    await r.reveal.click();
    await r.rating('Easy').click();
  }
  // The card in its step comes back; a second Good graduates it to an interval in days.
  await expect(r.front).toHaveText('What is a blue-green release?');
  await r.reveal.click();
  const label = (await r.rating('Good').locator('[data-interval]').textContent()) ?? '';
  const days = Number(/^(\d+) d$/.exec(label)?.[1]);
  expect(days).toBeGreaterThan(1);
  await r.rating('Good').click();
  await expect(r.status).toHaveText(`Rated Good: next review in ${days} days.`);
  await expect(r.done).toBeVisible();
  await expectDue(page, 0);

  // Tomorrow: the card is not due, nothing is counted; the day's new card is offered.
  await goTo(page, 1);
  await expectDue(page, 0);
  await expect(r.front).toHaveText('How do you turn a feature flag off in the config below?');
  await r.reveal.click();
  await r.rating('Easy').click();
  await expect(r.done).toBeVisible();
  await expect(r.doneText).toContainText(`Next review: ${days === 2 ? 'tomorrow' : `in ${days - 1} days`}.`);

  // The evening before it is due: still nothing. At 04:00 on its day: counted, and shown first.
  await goTo(page, days - 1, 23);
  await expectDue(page, 0);
  await goTo(page, days, 4);
  const expected = await dueOn(page, days);
  expect(expected).toBeGreaterThanOrEqual(1);
  await expectDue(page, expected);
  await expect(r.front).toHaveText('What is a blue-green release?');
  await expect(r.counts).toContainText(`${expected} to review`);

  // Forgotten: Again sends it to relearning, due again the same day.
  await r.reveal.click();
  await expect(r.rating('Again')).toContainText('10 min');
  await r.rating('Again').click();
  await expect(r.status).toHaveText('Rated Again: next review in 10 minutes.');
  await goTo(page, days, 23);
  await expect(r.front).toHaveText('What is a blue-green release?');
  await expectDue(page, expected);
  expect((await stored(page))?.states['card-blue-green']).toMatchObject({ phase: 'relearning' });
});

test('the header count follows ratings made in the review and shows nothing when none is due', async ({ page }) => {
  await page.clock.install({ time: MONDAY });
  await page.goto(at(''));
  await expectDue(page, 0);
  const r = await openReview(page);
  await r.reveal.click();
  await r.rating('Again').click();
  await expectDue(page, 1);
  await r.reveal.click();
  await r.rating('Hard').click();
  await expectDue(page, 2);
  await page.goto(at('extra/reading/'));
  await expectDue(page, 2);
  await page.goto(at('no/such/page/'));
  await expectDue(page, 2);
});
