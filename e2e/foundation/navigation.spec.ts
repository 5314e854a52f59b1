import { expect, test } from '@playwright/test';
import { siteUrl } from '../support/sites';

test.describe('reading by keyboard alone', () => {
  test('home -> first lesson -> next lesson', async ({ page }) => {
    await page.goto(siteUrl('basic'));
    await expect(page.getByRole('heading', { level: 1, name: 'Basic fixture guide' })).toBeVisible();

    // Tab until the first lesson's link in the main content has focus, then follow it.
    const target = page.getByRole('main').getByRole('link', { name: 'First steps', exact: true });
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(siteUrl('basic', 'getting-started/first-steps/'));
    await expect(page.getByRole('heading', { level: 1, name: 'First steps' })).toBeVisible();

    const next = page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ });
    for (let i = 0; i < 80 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(siteUrl('basic', 'getting-started/second-lesson/'));
    // The title came from the lesson's first heading, which is not repeated in the body.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second lesson from heading');
    await expect(page.getByRole('heading', { name: 'Second lesson from heading' })).toHaveCount(1);
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto(siteUrl('basic', 'getting-started/first-steps/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});

test.describe('lesson pages', () => {
  test('show section, table of contents, sidebar mark and reading order', async ({ page }) => {
    await page.goto(siteUrl('basic', 'getting-started/first-steps/'));
    await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Getting started');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link')).toHaveText(['Why this guide', 'What you need']);
    const current = page.getByRole('navigation', { name: 'Lessons' }).locator('[aria-current="page"]');
    await expect(current).toHaveText('First steps');
    // The draft is left out everywhere.
    await expect(page.getByText('Unfinished draft')).toHaveCount(0);
    // Reading order crosses sections: the last lesson of the first section leads to the next section.
    await page.goto(siteUrl('basic', 'getting-started/second-lesson/'));
    await expect(page.getByRole('link', { name: /Next/ })).toContainText('Plain Markdown lesson');
  });

  test('code blocks are highlighted, with highlighted lines and a copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(siteUrl('basic', 'getting-started/first-steps/'));
    const block = page.locator('pre.astro-code');
    await expect(block).toHaveCount(1);
    await expect(block.locator('.line.mn-hl')).toHaveText('replicas: 3');
    // Token colours come from the stylesheet, not inline styles (a strict CSP blocks those).
    expect(await block.locator('span[style]').count()).toBe(0);
    const color = await block.locator('.line').first().locator('span').first().evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toBe(await page.locator('body').evaluate((el) => getComputedStyle(el).color));
    await page.getByRole('button', { name: /Copy/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('service: web\nreplicas: 3\nimage: web@sha256:abc');
  });

  test('a .md lesson is plain Markdown with raw HTML and braces', async ({ page }) => {
    await page.goto(siteUrl('basic', 'advanced/plain-markdown/'));
    await expect(page.getByRole('main')).toContainText('{braces} stay as they are');
    await expect(page.locator('.raw-html')).toHaveText('Raw HTML block');
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('unknown paths get the helpful 404 page', async ({ page }) => {
    const response = await page.goto(siteUrl('basic', 'no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: /Go to the start/ }).click();
    await expect(page).toHaveURL(siteUrl('basic'));
  });

  test('the layout fits a phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(siteUrl('basic', 'getting-started/first-steps/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The lesson list folds behind a disclosure on small screens.
    const menu = page.locator('summary', { hasText: 'Lessons' });
    await expect(menu).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
  });
});
