import { expect, test } from '@playwright/test';
import { ROOT_PORT, siteUrl } from '../support/sites';

test('a sitemap lists every page under the base when `site` is set', async ({ request }) => {
  const index = await request.get(siteUrl('basic', 'sitemap-index.xml'));
  expect(index.status()).toBe(200);
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(await index.text())?.[1];
  expect(sitemapUrl).toBe('https://example.org/basic/sitemap-0.xml');
  const sitemap = await (await request.get(siteUrl('basic', 'sitemap-0.xml'))).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(pages).toContain('https://example.org/basic/getting-started/first-steps/');
  expect(pages).toContain('https://example.org/basic/advanced/deep/deep-dive/');
  expect(pages.some((p) => p?.includes('unfinished'))).toBe(false);
});

test('pages link a canonical address on the configured site', async ({ page }) => {
  await page.goto(siteUrl('basic', 'getting-started/first-steps/'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/basic/getting-started/first-steps/');
});

test('site-absolute links in lessons get the base, under a sub-path and at the root', async ({ page }) => {
  await page.goto(siteUrl('basic', 'getting-started/second-lesson/'));
  await expect(page.getByRole('link', { name: 'the icon' })).toHaveAttribute('href', '/basic/favicon.svg');
  await page.goto(`http://127.0.0.1:${ROOT_PORT}/getting-started/second-lesson/`);
  await expect(page.getByRole('link', { name: 'the icon' })).toHaveAttribute('href', '/favicon.svg');
});

test('a site without `site` has no sitemap and no canonical link', async ({ request, page }) => {
  expect((await request.get(siteUrl('sample', 'sitemap-index.xml'))).status()).toBe(404);
  await page.goto(siteUrl('sample'));
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
