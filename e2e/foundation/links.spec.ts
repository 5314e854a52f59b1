import { expect, test } from '@playwright/test';
import { crawl } from '../support/crawl';
import { ROOT_PORT, siteUrl } from '../support/sites';

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

