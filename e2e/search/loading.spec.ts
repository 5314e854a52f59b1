import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { at, search, searchButton, searchDialog } from './helpers';

/** Keeps the browser from ever being idle, so only opening the dialog can load search. */
async function neverIdle(page: Page) {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
}

/** Records the paths of every request the page makes from now on. */
function record(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

test.describe('search loads on demand', () => {
  test('nothing of search loads before the dialog opens; opening loads the dialog and Pagefind', async ({ page }) => {
    await neverIdle(page);
    const paths = record(page);
    await page.goto(at('delivery/rollbacks/'));
    await searchButton(page);
    await page.waitForLoadState('networkidle');
    expect(paths.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    const before = new Set(paths);

    await page.keyboard.press('Control+K');
    await expect(searchDialog(page).input).toBeFocused();
    await expect.poll(() => paths.filter((p) => p.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
    const scripts = paths.filter((p) => !before.has(p) && p.startsWith('/search/_astro/') && p.endsWith('.js'));
    expect(scripts.length, 'the dialog module arrives with the first open').toBeGreaterThan(0);
  });

  test('when the browser is idle, the dialog and pagefind.js are fetched, but no index file', async ({ page }) => {
    const paths = record(page);
    const pagefindJs = page.waitForRequest((r) => r.url().endsWith('/search/pagefind/pagefind.js'));
    await page.goto(at());
    await pagefindJs;
    await page.waitForLoadState('networkidle');
    expect(paths.filter((p) => /\.(pf_\w+|pagefind)$|pagefind-entry\.json$/.test(p))).toEqual([]);
  });

  test('the loader on every page stays under 1 KB gzipped and holds no dialog code', async ({ page, request }) => {
    await neverIdle(page);
    const external: string[] = [];
    page.on('response', (r) => r.request().resourceType() === 'script' && external.push(r.url()));
    await page.goto(at('delivery/rollbacks/'));
    await searchButton(page);
    await page.waitForLoadState('networkidle');
    // Astro inlines small scripts; the loader is whichever script defines <mnemo-search>.
    const inline = await page.locator('script:not([src])').allTextContents();
    const fetched = await Promise.all(external.map(async (url) => (await request.get(url)).text()));
    const loaders = [...inline, ...fetched].filter((code) => code.includes('mnemo-search'));
    expect(loaders).toHaveLength(1);
    const loader = loaders[0]!;
    const gzipped = gzipSync(loader).length;
    expect(gzipped, `the loader is ${gzipped} bytes gzipped`).toBeLessThan(1024);
    expect(loader).not.toContain('aria-activedescendant');
    expect(loader).not.toContain('__vitePreload');
  });

  test('when the index cannot be loaded, the dialog says so plainly', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(at());
    const ui = await search(page, 'canary');
    await expect(ui.status).toHaveText('Search is unavailable: the search index could not be loaded.');
    await expect(ui.options).toHaveCount(0);
  });

  test('without JavaScript the search button stays hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('delivery/rollbacks/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Rollbacks' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
    await context.close();
  });
});
