import { expect, test } from '@playwright/test';
import { siteUrl } from '../support/sites';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme choice persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(siteUrl('basic'));
  const light = await background(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  const dark = await background(page);
  expect(dark).not.toBe(light);

  await page.getByRole('main').getByRole('link', { name: 'First steps', exact: true }).click();
  // The page being left is dark too: wait for the new one to load before reading its colours.
  await page.waitForURL('**/getting-started/first-steps/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(dark);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

  await page.reload();
  expect(await background(page)).toBe(dark);

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  expect(await background(page)).toBe(light);
});

test('the stored theme applies before first paint (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(siteUrl('basic'));
  await page.evaluate(() => localStorage.setItem('mnemo:theme', 'dark'));
  // Record the theme attribute as soon as <body> exists, before any module script runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(siteUrl('basic', 'getting-started/first-steps/'));
  expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
});

test('without a stored choice the system preference applies', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(siteUrl('basic'));
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).not.toBe(dark);
});
