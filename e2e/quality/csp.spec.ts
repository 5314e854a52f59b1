import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from '../support/sites';

/** Collects CSP violations and console errors, and every request to another origin. */
function watch(page: Page) {
  const problems: string[] = [];
  const origin = new URL(siteUrl('sample')).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request to another origin: ${request.url()}`);
  });
  return problems;
}

test('every page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto(siteUrl('sample', 'foundations/immutable-infrastructure/'));
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toBeTruthy();
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(policy).not.toMatch(/https?:/);
  const scriptSrc = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
  expect(scriptSrc.split(/\s+/).filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
});

test('reading, self-checks and search work under the policy with no violation and no other origin', async ({ page }) => {
  const problems = watch(page);
  await page.goto(siteUrl('sample', 'foundations/immutable-infrastructure/'));

  // The inline theme script ran (its hash is allowed): a stored theme applies.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const question = page.locator('mnemo-question#replace-not-patch');
  await question.locator('.mn-choice[data-correct="true"] input').check();
  await question.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(question.getByRole('status')).toContainText(/correct/i);

  const card = page.locator('mnemo-flashcard').first();
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'Got it' }).click();

  await page.keyboard.press('Control+K');
  await page.keyboard.type('rollback');
  await expect(page.getByRole('dialog').getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForLoadState('load');
  await expect(page.locator('mark').first()).toBeVisible();

  expect(problems).toEqual([]);
});
