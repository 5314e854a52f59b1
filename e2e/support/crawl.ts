import type { Page } from '@playwright/test';

/**
 * Visits every page reachable from `start` in a real browser and records, for each, the
 * status of the page, of every request it made, and whether each `#anchor` link resolves.
 * `inspect`, when given, runs on each page as it loads and returns that page's problems.
 */
export async function crawl(
  page: Page,
  start: string,
  inspect?: (page: Page, url: string) => Promise<string[]>,
): Promise<{ pages: number; problems: string[]; foreign: string[] }> {
  const origin = new URL(start).origin;
  const prefix = new URL(start).pathname;
  const queue = [start];
  const seen = new Set(queue);
  const problems: string[] = [];
  const foreign: string[] = [];
  const anchors: { from: string; url: string }[] = [];
  // The ids of each page, read once while it is open, so anchors need no second visit.
  const ids = new Map<string, string[]>();
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
    ids.set(url, await page.$$eval('[id]', (els) => els.map((el) => el.id)));
    if (inspect) problems.push(...(await inspect(page, url)));
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
    if (ids.get(target.href)?.filter((found) => found === id).length !== 1) problems.push(`missing anchor #${id} on ${target.href} (linked from ${from})`);
  }
  return { pages: seen.size, problems, foreign };
}
