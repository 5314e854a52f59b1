/**
 * Two tabs reviewing the same guide at once: each rating is kept, whichever tab gave it, and a
 * tab moves on from an item the other tab has just rated.
 */
import { expect, test } from '@playwright/test';
import { MONDAY, openReview, stored, ZONE } from './helpers';

test.use({ timezoneId: ZONE });
test.describe.configure({ timeout: 120_000 });

test('two tabs reviewing at once lose no rating', async ({ context }) => {
  await context.clock.install({ time: MONDAY });
  const [pageA, pageB] = [await context.newPage(), await context.newPage()];
  const a = await openReview(pageA);
  const b = await openReview(pageB);
  await expect(a.front).toHaveText('What is a blue-green release?');
  await expect(b.front).toHaveText('What is a blue-green release?');

  // Rated in A before B started it: B shows the next item and says why.
  await a.reveal.click();
  await a.rating('Good').click();
  await expect(b.front).toHaveText('What is a canary release?');
  await expect(b.status).toHaveText('That item was rated in another tab, so the next one is shown.');

  // Both tabs now show the canary card; both reveal it, both rate it: both ratings count.
  await expect(a.front).toHaveText('What is a canary release?');
  await a.reveal.click();
  await b.reveal.click();
  await a.rating('Hard').click();
  await b.rating('Good').click();
  const data = await stored(pageA);
  expect(data?.states['card-blue-green']).toMatchObject({ reps: 1 });
  expect(data?.states['card-canary']).toMatchObject({ reps: 2 });
  expect(data?.newCards?.ids).toEqual(['card-blue-green', 'card-canary']);

  // And each tab goes on from what both did.
  await expect(a.front).toHaveText('What does a rollback restore?');
  await expect(b.front).toHaveText('What does a rollback restore?');
  await expect(a.counts).toHaveText('Due now: 0 learning, 0 to review, 1 new.');
});
