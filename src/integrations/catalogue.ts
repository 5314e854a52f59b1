/**
 * When a build writes the self-check catalogue (checks/catalogue/write.ts). The compile renders
 * almost every self-check's parts (checks/build/prerender.ts), so the catalogue's index, the
 * verifier's view and those items are made and written, on a worker thread
 * (catalogue-worker.ts), as soon as every lesson has compiled: while Astro renders the pages.
 * The build's end waits for the worker, then writes the items that rendered with their pages
 * (a part that is not static HTML), usually none.
 */
import { Worker } from 'node:worker_threads';
import type { CatalogueItem } from '../checks/catalogue/collect';
import { assertRendered, catalogueData, catalogueItemFiles } from '../checks/catalogue/write';
import type { CheckSpec } from '../checks/schema';
import type { UiStrings } from '../i18n/en';
import type { Guide } from '../lib/content/model';
import { workerDone, writeFilesOffThread } from './write-off-thread';

/** The catalogue of one build, written in two steps. */
export interface CatalogueWriter {
  /**
   * Starts writing the index, the verifier's view and every item `items` already holds, on a
   * worker thread; returns at once. Call it once, after the compile.
   */
  start(items: ReadonlyMap<string, CatalogueItem>): void;
  /**
   * Writes the items `items` holds that `start` did not write, then waits for the worker.
   * Starts first if `start` was not called.
   * @throws naming the first self-check that was never rendered, before writing anything of
   *   its own; or the worker's first write error.
   */
  finish(items: ReadonlyMap<string, CatalogueItem>): Promise<void>;
}

/**
 * The catalogue writer of a build whose site is written into `site` (an absolute folder).
 * @example const catalogue = catalogueWriter(site, guide, checks, ui, 'en');
 *          catalogue.start(collected()); ... await catalogue.finish(collected());
 */
export function catalogueWriter(site: string, guide: Guide, checks: readonly CheckSpec[], ui: UiStrings, lang: string): CatalogueWriter {
  let started: { ids: Set<string>; writing: Promise<void> } | undefined;
  const start = (items: ReadonlyMap<string, CatalogueItem>) => {
    if (started) return started;
    // The worker makes the JSON too: this thread only hands it the data, which costs a quarter
    // of making the JSON here (about 0.07 s against 0.3 s at 1,000 lessons, on the way from the
    // compile to the first page: issue 19). Its module imports only write.ts, by full name, so
    // Node runs it without the loader hook `npm run build` gives Astro (`astro build` has none).
    const writing = workerDone(new Worker(new URL('./catalogue-worker.ts', import.meta.url), { workerData: catalogueData(site, guide, checks, items, ui, lang) }));
    // Its error is thrown by `finish`; until then it must not count as unhandled.
    writing.catch(() => {});
    return (started = { ids: new Set(items.keys()), writing });
  };
  return {
    start(items) {
      start(items);
    },
    async finish(items) {
      assertRendered(checks, items);
      const { ids, writing } = start(items);
      await writing;
      await writeFilesOffThread(catalogueItemFiles(site, checks, items, ids));
    },
  };
}
