import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { question, ready } from '../checks/helpers';
import { at, DASHBOARD } from './helpers';

const notice = (page: Page) => page.getByRole('region', { name: 'Progress not saved' });

test('when a save fails (storage full), the page says so, keeps working, and the export holds the answer', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // As a full storage does: every write of the guide's progress throws.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('mnemo:progress:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(at('basics/colours/'));
  const sky = question(page, 'sky-colour');
  await ready(sky);
  await expect(notice(page)).toBeHidden();

  await sky.radio('Blue').check();
  await sky.check.click();
  await expect(notice(page)).toBeVisible();
  await expect(notice(page).getByRole('alert')).toHaveText(/^Your progress is not being saved: this browser refuses to store it/);
  // The page goes on: the answer is marked, and counted for as long as the page is open.
  await expect(sky.status).toHaveText(/^Correct/);
  await expect(page.locator('.mn-lesson-header')).toContainText('1 of 2 self-checks answered correctly');

  const download = page.waitForEvent('download');
  await notice(page).getByRole('button', { name: 'Export progress' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file.data.progress.questions['sky-colour']).toMatchObject({ result: 'right', attempts: 1 });

  await notice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(page)).toBeHidden();
  await expect(page.getByRole('main')).toBeFocused();
  // Dismissed for this page: another failed save does not bring it back.
  const grass = question(page, 'grass-colour');
  await grass.radio('Green').check();
  await grass.check.click();
  await expect(grass.status).toHaveText(/^Correct/);
  await expect(notice(page)).toBeHidden();
  expect(errors).toEqual([]);
});

test('when storage is blocked, every page says at once that progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  for (const path of [at(), DASHBOARD, at('no/such/page/')]) {
    await page.goto(path);
    await expect(notice(page), path).toBeVisible();
  }
  await page.goto(at('advanced/planets/'));
  await expect(notice(page)).toBeVisible();
  const closest = question(page, 'closest-planet');
  await ready(closest);
  await closest.radio('Mercury').check();
  await closest.check.click();
  await expect(closest.status).toHaveText(/^Correct/);
});

test('no notice shows while saving works', async ({ page }) => {
  await page.goto(at('advanced/planets/'));
  const closest = question(page, 'closest-planet');
  await ready(closest);
  await closest.radio('Venus').check();
  await closest.check.click();
  await expect(closest.status).toHaveText(/^Not quite/);
  await expect(notice(page)).toBeHidden();
  await expect(page.locator('mnemo-storage-notice')).toBeHidden();
});
