import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { at, search } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`the open dialog with results, and a landing page with marks, pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(at('observability/health-checks/'));
    const ui = await search(page, 'canary');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(ui.dialog.locator('[aria-selected="true"]')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await expect(page.locator('mark.mn-search-mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the dialog is modal and labelled; results are a labelled listbox', async ({ page }) => {
  await page.goto(at());
  const ui = await search(page, 'canary');
  await expect(ui.dialog).toHaveAccessibleName('Search Search fixture guide');
  await expect(ui.dialog).toHaveJSProperty('open', true);
  expect(await ui.dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(ui.input).toHaveAttribute('aria-controls', 'mn-search-results');
  await expect(ui.input).toHaveAttribute('aria-expanded', 'true');
  await expect(ui.results).toBeVisible();
  await ui.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(ui.dialog).toBeHidden();
});
