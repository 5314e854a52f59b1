import { expect, test } from '@playwright/test';
import { at, DAY, expectDue, MINUTE, MONDAY, openReview, review, stored, tabTo, ZONE } from './helpers';

test.use({ timezoneId: ZONE });
// Many steps in a real browser on a machine shared with builds: more time than the default.
test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: MONDAY });
});

test('a session by keyboard alone: Space shows the answer, 1-4 rate, each button shows its interval', async ({ page }) => {
  const r = await openReview(page);
  await expect(r.counts).toHaveText('Due now: 0 learning, 0 to review, 3 new.');
  await expect(r.front).toHaveText('What is a blue-green release?');
  await expect(r.lesson).toHaveText('Release terms');
  await expect(r.lesson).toHaveAttribute('href', '/spaced/basics/terms/#card-blue-green');
  await expect(r.stage).toHaveAttribute('aria-keyshortcuts', 'Space Enter');

  await tabTo(page, r.stage);
  await page.keyboard.press('Space');
  await expect(r.root.getByText('Two identical environments')).toBeVisible();
  await expect(r.stage).toBeFocused();
  await expect(r.stage).toHaveAttribute('aria-keyshortcuts', '1 2 3 4');
  await expect(r.status).toHaveText('Answer shown. Rate your recall: 1 Again, 2 Hard, 3 Good, 4 Easy.');
  // As ts-fsrs schedules a new card: steps of 1 and 10 minutes, Easy straight to days.
  await expect(r.rating('Again')).toHaveAccessibleName('Again, next review in 1 minute');
  await expect(r.rating('Hard')).toContainText('6 min');
  await expect(r.rating('Good')).toContainText('10 min');
  await expect(r.rating('Easy')).toHaveAccessibleName(/^Easy, next review in \d+ days$/);
  await expect(r.rating('Good')).toHaveAttribute('aria-keyshortcuts', '3');

  await page.keyboard.press('3');
  await expect(r.status).toHaveText('Rated Good: next review in 10 minutes.');
  await expect(r.front).toHaveText('What is a canary release?');
  await expect(r.stage).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await expect(r.front).toHaveText('What does a rollback restore?');
  expect((await stored(page))?.states).toMatchObject({ 'card-blue-green': { phase: 'learning', reps: 1 }, 'card-canary': { phase: 'learning', reps: 1 } });
});

test('keys act only inside the widget, never with a modifier, and a digit does nothing before the answer shows', async ({ page }) => {
  const r = await openReview(page);
  await page.locator('body').press('Space');
  await page.keyboard.press('3');
  await expect(r.reveal).toBeVisible();
  await r.stage.focus();
  await page.keyboard.press('3');
  await expect(r.reveal).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(r.reveal).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(r.rating('Good')).toBeVisible();
});

test('new cards stop at the daily limit (newPerDay: 3), in guide order, and more come the next day', async ({ page }) => {
  const r = await openReview(page);
  for (const front of ['What is a blue-green release?', 'What is a canary release?', 'What does a rollback restore?']) {
    await expect(r.front).toHaveText(front);
    await r.reveal.click();
    await r.rating('Easy').click();
  }
  await expect(r.done).toBeVisible();
  await expect(r.doneText).toContainText('Next review: tomorrow.');
  await expect(r.doneText).toContainText('You reviewed 3 items in this session.');
  await expect(r.doneText).toBeFocused();

  await page.clock.setSystemTime(new Date(MONDAY.getTime() + DAY));
  await page.reload();
  await expect(r.front).toHaveText('How do you turn a feature flag off in the config below?');
  // Rendered as in its lesson: the code block of the card's back.
  await r.reveal.click();
  await expect(r.root.locator('pre code')).toContainText('checkout_v2: false');
});

test('a reload in the middle of a session goes on where it was', async ({ page }) => {
  const r = await openReview(page);
  await r.reveal.click();
  await r.rating('Easy').click();
  await expect(r.front).toHaveText('What is a canary release?');
  await r.reveal.click();
  await page.reload();
  await expect(r.front).toHaveText('What is a canary release?');
  await expect(r.counts).toHaveText('Due now: 0 learning, 0 to review, 2 new.');
  await expect(r.reveal).toBeVisible();
});

test('a card rated Again comes back the same day, before any new card of tomorrow', async ({ page }) => {
  const r = await openReview(page);
  await r.reveal.click();
  await r.rating('Again').click();
  await expect(r.status).toHaveText('Rated Again: next review in 1 minute.');
  for (let i = 0; i < 2; i++) {
    await r.reveal.click();
    await r.rating('Easy').click();
  }
  // Nothing else left: the card in its 1-minute step shows at once (Anki's learn-ahead).
  await expect(r.front).toHaveText('What is a blue-green release?');
  await expect(r.counts).toHaveText('Due now: 1 learning, 0 to review, 0 new.');
  await expectDue(page, 1);
});

test('the session goes on by itself when the next item falls due', async ({ page }) => {
  const r = await openReview(page);
  for (let i = 0; i < 3; i++) {
    await r.reveal.click();
    await r.rating('Easy').click();
  }
  await expect(r.doneText).toContainText('Next review: tomorrow.');
  // The next study day starts at 04:00: 18 hours and a minute after 10:00.
  await page.clock.fastForward(18 * 60 * MINUTE + MINUTE);
  await expect(r.front).toHaveText('How do you turn a feature flag off in the config below?');
  await expect(r.status).toHaveText('An item is due again.');
});

test('the page downloads the catalogue index and only the items it shows', async ({ page }) => {
  const items: string[] = [];
  page.on('request', (request) => {
    const match = /\/_mnemo\/items\/([^/]+)\.json$/.exec(new URL(request.url()).pathname);
    if (match) items.push(match[1]!);
  });
  const r = await openReview(page);
  await expect(r.front).toHaveText('What is a blue-green release?');
  await page.waitForLoadState('networkidle');
  // The first item, and the next one ahead of time.
  expect(items.sort()).toEqual(['card-blue-green', 'card-canary']);
});

test('without a catalogue the page says so', async ({ page }) => {
  await page.route('**/_mnemo/catalogue.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(at('review/'));
  await expect(page.getByText('The review could not load this guide’s flashcards and questions.')).toBeVisible();
});
