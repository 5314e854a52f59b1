import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** What a page transferred before any interaction, in gzip bytes per kind. */
export interface Weight {
  html: number;
  css: number;
  js: number;
  files: { url: string; kind: 'html' | 'css' | 'js'; gzip: number }[];
}

const KINDS: Record<string, 'html' | 'css' | 'js'> = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Loads `url` in a real browser with idle callbacks held back (so nothing that waits for idle
 * time is counted) and sums the gzip size of every document, stylesheet and script it loaded.
 * Sizes are computed here with gzip level 9, so they do not depend on the server. `ready` waits
 * for what the page shows once its scripts have run (a page that fetches, then loads more code,
 * can be quiet on the network for a moment on a busy machine before it is done).
 */
export async function weigh(page: Page, url: string, ready?: (page: Page) => Promise<void>): Promise<Weight> {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const pending: Promise<Weight['files'][number] | undefined>[] = [];
  page.on('response', (response) => {
    const kind = KINDS[response.request().resourceType()];
    if (!kind) return;
    pending.push(response.body().then((body) => ({ url: response.url(), kind, gzip: gzipSync(body, { level: 9 }).length }), () => undefined));
    if (kind === 'html') {
      // Small scripts are inlined into the page: they are JavaScript too, and count as such
      // (as well as being part of the HTML's bytes).
      pending.push(
        response.text().then((html) => {
          const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
          return inline ? { url: `${response.url()} (inline scripts)`, kind: 'js' as const, gzip: gzipSync(inline, { level: 9 }).length } : undefined;
        }, () => undefined),
      );
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) {
    await ready(page);
    await page.waitForLoadState('networkidle');
  }
  const files = (await Promise.all(pending)).filter((f) => f !== undefined);
  const sum = (kind: string) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return { html: sum('html'), css: sum('css'), js: sum('js'), files };
}
