/**
 * Ready host configuration in the built site: `_headers`, which Netlify and Cloudflare Pages
 * read, serving each page's own Content-Security-Policy as an HTTP header (as hardening guides
 * recommend, and stricter than the page's `<meta>`: a header also covers what comes before
 * the meta tag) and caching the hashed files of `_astro/` for a year. Other hosts: README,
 * "Deploying to a static host" (nginx and Apache).
 */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/survey/site-map';

/** How long a hashed file may be cached: a year, the longest browsers honour (RFC 9111 allows any). */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** How many bytes of a page are read to find its policy: it is in the `<head>`. */
const HEAD_BYTES = 16_384;
/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const CLOUDFLARE_RULE_LIMIT = 100;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

/** The Content-Security-Policy of a page's `<meta http-equiv>`, if it has one. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (e) => ENTITIES[e]!).trim();
}

/**
 * The first `HEAD_BYTES` of the page at `path`, read into `buffer`: one buffer serves every
 * page, where a new one for each of a thousand pages cost some 0.14 s of zeroed memory (issue 19).
 */
function head(path: string, buffer: Buffer): string {
  const fd = openSync(path, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** One page of the site and its policy: `path` is its address under the base (`releasing/canary/`, `404.html`). */
export interface PagePolicy {
  path: string;
  policy: string;
}

/** One rule of `_headers`: a path pattern and the headers of what it matches. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules: one for the whole site when every page has the same policy (as Astro writes
 * them), else one per page; and long caching for `_astro/`.
 * @example headerRules([{ path: '', policy: "default-src 'self'" }], '/guide/')[0].path // '/guide/*'
 */
export function headerRules(pages: readonly PagePolicy[], base: string): HeaderRule[] {
  const policies = new Set(pages.map((p) => p.policy));
  const security = (policy: string) => ({ 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' });
  const rules: HeaderRule[] =
    policies.size === 1
      ? [{ path: `${base}*`, headers: security([...policies][0]!) }]
      : pages.flatMap((page) =>
          (page.path === '' || page.path.endsWith('/') ? [page.path, `${page.path}index.html`] : [page.path]).map((path) => ({ path: `${base}${path}`, headers: security(page.policy) })),
        );
  return [...rules, { path: `${base}_astro/*`, headers: { 'Cache-Control': IMMUTABLE } }];
}

/** The text of `_headers` (the format Netlify and Cloudflare Pages share). */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Response headers for Netlify and Cloudflare Pages, written by Mnemo with the site.\n# Each page's Content-Security-Policy, as in its <meta>; hashed files cached for a year.\n\n${blocks.join('\n\n')}\n`;
}

/** Folders of the site that hold no page: the bundled assets, the self-check catalogue, the search index. */
const NO_PAGES = new Set(['_astro', '_mnemo', 'pagefind']);

/** The site's HTML files, relative to `dir` with `/` between folders, leaving out `NO_PAGES` (some 7,500 catalogue files at 1,000 lessons). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name.endsWith('.html') ? [entry.name] : [];
    if (!entry.isDirectory() || NO_PAGES.has(entry.name)) return [];
    return listFiles(join(dir, entry.name))
      .filter((path) => path.endsWith('.html'))
      .map((path) => `${entry.name}/${path}`);
  });
}

/**
 * Writes `_headers` into the built site in `dir` from the policies of its pages.
 * @returns how many rules it holds (Cloudflare Pages reads at most `CLOUDFLARE_RULE_LIMIT`)
 */
export function writeHostFiles(dir: string, base: string): number {
  const buffer = Buffer.allocUnsafe(HEAD_BYTES);
  const pages = htmlFiles(dir)
    .flatMap((path) => {
      const policy = metaPolicy(head(join(dir, path), buffer));
      const address = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
      return policy ? [{ path: address, policy }] : [];
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  const rules = headerRules(pages, base);
  writeFileSync(join(dir, '_headers'), headersFile(rules));
  return rules.length;
}
