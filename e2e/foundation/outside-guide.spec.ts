import { expect, test } from '@playwright/test';
import { siteUrl } from '../support/sites';

/**
 * The `outside` fixture is built from a copy in the system's temporary folder, as an author's
 * guide kept in its own folder (`MNEMO_CONTENT=../my-guide`) would be.
 */
test("a guide kept outside the project shows its own public/ files and the images beside its lessons", async ({ page, request }) => {
  await page.goto(siteUrl('outside', 'images/'));
  const fromPublic = page.getByRole('img', { name: 'The release pipeline' });
  const beside = page.getByRole('img', { name: 'The flow of a release' });
  await expect(fromPublic).toHaveAttribute('src', '/outside/images/pipeline.svg');
  await expect(beside).toHaveAttribute('src', /^\/outside\/_astro\/flow\.[\w-]+\.svg$/);
  for (const image of [fromPublic, beside]) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
  }
  const file = await request.get(siteUrl('outside', 'images/pipeline.svg'));
  expect(file.status()).toBe(200);
  expect(await file.text()).toContain('pipeline');
});

test('feedback written with backticks and emphasis reads as code and emphasis', async ({ page }) => {
  await page.goto(siteUrl('outside', 'images/'));
  const question = page.locator('mnemo-question#image-place');
  await question.getByRole('radio', { name: /public\/ folder/ }).check();
  await question.getByRole('button', { name: 'Check', exact: true }).click();
  const feedback = question.locator('.mn-choice__feedback').nth(1);
  await expect(feedback).toBeVisible();
  await expect(feedback.locator('code')).toHaveText('public/images/pipeline.svg');
  await expect(feedback.locator('em')).toHaveText('base');
});
