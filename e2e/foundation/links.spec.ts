import { expect, test, type Page } from '@playwright/test';
import { ROOT_PORT, siteUrl } from '../support/sites';

/**
 * Visits every page reachable from `start` in a real browser and records, for each, the
 * status of the page, of every request it made, and whether each `#anchor` link resolves.
 */
async function crawl(page: Page, start: string) {
  const origin = new URL(start).origin;
  const prefix = new URL(start).pathname;
  const queue = [start];
  const seen = new Set(queue);
  const problems: string[] = [];
  const foreign: string[] = [];
  const anchors: { from: string; url: string }[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.push(`${response.status()} ${response.url()} (asset of ${page.url()})`);
    }
  });
  while (queue.length) {
    const url = queue.shift()!;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() !== 200) problems.push(`${response?.status()} ${url}`);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const target = new URL(link);
      if (target.origin !== origin) {
        problems.push(`link to another origin: ${link} on ${url}`);
        continue;
      }
      if (!target.pathname.startsWith(prefix)) problems.push(`link outside the site's base: ${link} on ${url}`);
      if (target.hash) anchors.push({ from: url, url: link });
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  for (const { from, url } of anchors) {
    const target = new URL(url);
    const id = decodeURIComponent(target.hash.slice(1));
    target.hash = '';
    await page.goto(target.href);
    if ((await page.locator(`[id="${id}"]`).count()) !== 1) problems.push(`missing anchor #${id} on ${target.href} (linked from ${from})`);
  }
  return { pages: seen.size, problems, foreign };
}

for (const [name, start] of [
  ['under a sub-path', siteUrl('basic')],
  ['from the root of a host', `http://127.0.0.1:${ROOT_PORT}/`],
  ['the sample guide under a sub-path', siteUrl('sample')],
] as const) {
  test(`every page, link and asset works ${name}`, async ({ page }) => {
    test.setTimeout(120_000);
    const result = await crawl(page, start);
    expect(result.problems).toEqual([]);
    expect(result.foreign).toEqual([]);
    expect(result.pages).toBeGreaterThan(5);
  });
}

