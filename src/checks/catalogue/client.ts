/**
 * Loading the catalogue in the browser: the index once, and only the items a page shows
 * (a review session's due cards, an exam's drawn questions), a few requests at a time.
 * Browser-safe; the files are written by `write.ts`.
 */
import type { CheckSpec } from '../schema';
import type { CatalogueItem } from './collect';
import type { CatalogueIndex } from './write';

/** How many item files are fetched at once. */
const PARALLEL = 6;

/** Thrown when the catalogue cannot be loaded (a dev server without a build, a network error). */
export class CatalogueUnavailable extends Error {}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new CatalogueUnavailable(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The catalogue of the guide served at `base`. */
export interface Catalogue {
  /** The index: every lesson with its self-check ids, in guide order. */
  index(): Promise<CatalogueIndex>;
  /**
   * The items `ids`, in the order asked. An id the guide no longer has is left out (progress
   * may name self-checks that an edit removed).
   */
  items(ids: readonly string[]): Promise<CatalogueItem[]>;
}

/**
 * The catalogue under `base`, each file fetched at most once per page.
 * @example const { items } = openCatalogue('/guide/'); const [card] = await items(['card-drift']);
 */
export function openCatalogue(base: string): Catalogue {
  let index: Promise<CatalogueIndex> | undefined;
  const cache = new Map<string, Promise<CatalogueItem | undefined>>();
  const known = async () => {
    const { lessons } = await (index ??= fetchJson<CatalogueIndex>(`${base}_mnemo/catalogue.json`));
    return new Set(lessons.flatMap((lesson) => [...lesson.questions, ...lesson.cards]));
  };
  const one = (id: string) => {
    let item = cache.get(id);
    if (!item) cache.set(id, (item = fetchJson<{ spec: CheckSpec; parts: CatalogueItem['parts'] }>(`${base}_mnemo/items/${id}.json`)));
    return item;
  };
  return {
    index: () => (index ??= fetchJson<CatalogueIndex>(`${base}_mnemo/catalogue.json`)),
    async items(ids) {
      const exists = await known();
      const wanted = ids.filter((id) => exists.has(id));
      const out = new Array<CatalogueItem | undefined>(wanted.length);
      let next = 0;
      const worker = async () => {
        for (let n = next++; n < wanted.length; n = next++) out[n] = await one(wanted[n]!);
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, wanted.length) }, worker));
      return out.filter((item): item is CatalogueItem => item !== undefined);
    },
  };
}
