import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFrom } from '../support/host-headers';
import { serveStatic } from '../support/server';
import { SITES_DIR } from '../support/sites';

/**
 * Hardening guides recommend serving the Content-Security-Policy as an HTTP header, which also
 * covers what comes before the page's own `<meta>` policy. This serves the sample guide as
 * Netlify or Cloudflare Pages would, with the `_headers` file the build ships, and opens every
 * page: no script or style may be blocked.
 */
const SITE = join(SITES_DIR, 'sample');
let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = await serveStatic([{ prefix: '/sample/', dir: SITE }], 0, headersFrom(join(SITE, '_headers')));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

/** Every page of the site, by address. */
function pages(): string[] {
  return readdirSync(SITE, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => `/sample/${relative(SITE, join(SITE, path)).split(sep).join('/').replace(/index\.html$/, '')}`);
}

test('every page, served with its policy as a header, runs every script and style it carries', async ({ page }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { mnemoViolations: string[] }).mnemoViolations ??= [];
      (window as unknown as { mnemoViolations: string[] }).mnemoViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  // A stored theme: the inline theme script must run before the first paint on every page.
  await page.goto(`${origin}/sample/`);
  await page.evaluate(() => localStorage.setItem('mnemo:theme', 'dark'));
  const all = pages();
  expect(all.length).toBeGreaterThan(10);
  for (const path of all) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.headers()['content-security-policy'], path).toMatch(/^default-src 'self';/);
    await expect(page.locator('html'), path).toHaveAttribute('data-theme', 'dark');
    const seen = await page.evaluate(() => (window as unknown as { mnemoViolations?: string[] }).mnemoViolations ?? []);
    violations.push(...seen.map((v) => `${path}: ${v}`));
  }
  expect(violations).toEqual([]);
});

test('hashed files are cached for a year, pages are not', async ({ request }) => {
  const home = await request.get(`${origin}/sample/`);
  expect(home.headers()['cache-control']).toBeUndefined();
  const script = /src="(\/sample\/_astro\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(`${origin}${script}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
