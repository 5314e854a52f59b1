/**
 * How rendered lesson pages reach the search index while `astro build` is still rendering:
 * the search integration puts a sink on `globalThis` for the build, and a middleware
 * (`collect-pages.ts`, bundled with the pages) hands it each lesson page's HTML. Pagefind then
 * reads pages on the second core while Astro renders the next ones, instead of reading them
 * all from disk after the last one.
 */

/** Receives one rendered page: its path under the site's base (`/basics/intro/`) and its HTML. */
export type PageSink = (pathname: string, html: string) => void;

const KEY = Symbol.for('mnemo.search.page-sink');

/** The sink of the build in progress, if there is one. */
export function pageSink(): PageSink | undefined {
  return (globalThis as { [KEY]?: PageSink })[KEY];
}

/** Installs (or, with `undefined`, removes) the sink for the build in progress. */
export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as { [KEY]?: PageSink })[KEY] = sink;
}

/** Whether a page is a lesson, the only kind of page search indexes (it marks its article). */
export function isIndexedPage(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/**
 * The file a page is written to, relative to the built site, from its path under `base`;
 * Pagefind derives the result's address from it as it does for files on disk.
 * @example sourcePathOf('/guide/basics/intro/', '/guide/') // 'basics/intro/index.html'
 */
export function sourcePathOf(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  const decoded = decodeURIComponent(inside);
  if (decoded === '' || decoded.endsWith('/')) return `${decoded}index.html`;
  return /\.[a-z0-9]+$/i.test(decoded) ? decoded : `${decoded}.html`;
}
