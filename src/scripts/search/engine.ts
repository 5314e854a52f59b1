/**
 * The search engine behind the dialog: Pagefind's browser API (`pagefind.js`), loaded from the
 * built site's `<base>pagefind/` the first time it is needed, and its results turned into hits.
 */
import { pageHits, type Hit, type PageData } from './hits';

/** The parts of Pagefind's `pagefind.js` module the dialog uses. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: { filters?: Record<string, string> },
    ms?: number,
  ): Promise<{ results: { data(): Promise<PageData> }[]; unfilteredResultCount: number } | null>;
}

/** One lesson in the result list, with its matching parts. */
export interface LessonResult {
  lesson: Hit;
  parts: Hit[];
  /** The lesson's section trail, e.g. "Releasing › Strategies". */
  section?: string;
}

/** A finished search; `more` loads the next page of lessons. */
export interface SearchOutcome {
  total: number;
  lessons: LessonResult[];
  more?: () => Promise<LessonResult[]>;
}

/** Raised when `pagefind.js` cannot be loaded: `astro dev`, or a site built without the index. */
export class SearchUnavailable extends Error {}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const PAGE_SIZE = 8;
let loading: Promise<PagefindModule> | undefined;

/**
 * Loads and configures Pagefind once (a failed load may be retried). Only `pagefind.js` is
 * fetched here; its index files follow on `warmUp()` or the first search.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    try {
      // The bundle is written by the build next to the site, so Vite must not try to resolve it.
      const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
      await pagefind.options({ basePath: `${BASE}pagefind/`, baseUrl: BASE, excerptLength: 24 });
      return pagefind;
    } catch (error) {
      loading = undefined;
      throw new SearchUnavailable(String(error));
    }
  })();
  return loading;
}

/** Starts loading the index while the reader types the first word. */
export async function warmUp(): Promise<void> {
  await (await loadPagefind()).init();
}

async function toLessons(results: { data(): Promise<PageData> }[]): Promise<LessonResult[]> {
  const pages = await Promise.all(results.map((r) => r.data()));
  return pages.map((page) => ({ ...pageHits(page), section: page.meta.section }));
}

/**
 * Searches lesson content, optionally within one top-level section (the `section` filter).
 * Resolves to null when a newer search replaced this one while it waited.
 */
export async function searchLessons(term: string, section: string): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const found = await pagefind.debouncedSearch(term, section ? { filters: { section } } : {}, 120);
  if (!found) return null;
  const { results } = found;
  let shown = PAGE_SIZE;
  const outcome: SearchOutcome = { total: results.length, lessons: await toLessons(results.slice(0, PAGE_SIZE)) };
  if (results.length > shown) {
    outcome.more = async () => {
      const next = await toLessons(results.slice(shown, shown + PAGE_SIZE));
      shown += PAGE_SIZE;
      if (shown >= results.length) outcome.more = undefined;
      return next;
    };
  }
  return outcome;
}
