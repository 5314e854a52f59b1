/**
 * Code that loads when the learner first needs it: the progress store (first answer), the
 * export and the import. Each module is added with a `<script type="module">` (see
 * `src/integrations/on-demand.ts` for why not `import()`) and, as it runs, offers what it has
 * under a name; `demand` waits for it and hands it over.
 */
import { exportProgress, importProgress, progressStore } from 'virtual:mnemo/learner-data-modules';
import type { importProgress as readProgressFile } from './import';
import type { downloadProgress } from './download';
import type { ProgressStore } from '../../lib/progress/store';

/** What each on-demand module offers. */
export interface Offers {
  /** The store for the progress under `key`, over the page's storage. */
  progressStore: (key: string) => ProgressStore;
  exportProgress: typeof downloadProgress;
  importProgress: typeof readProgressFile;
}

// Named, not a namespace import: a namespace object costs every page its helper code.
const urls = { progressStore, exportProgress, importProgress };
const KEY = Symbol.for('mnemo.offers');
/** One registry per page, whichever bundle a script came in. */
const offers = (): Partial<Offers> => ((globalThis as { [KEY]?: Partial<Offers> })[KEY] ??= {});
const loading = new Map<string, Promise<void>>();

/** Called by an on-demand module as it runs: makes `value` available under `name`. */
export function offer<K extends keyof Offers>(name: K, value: Offers[K]): void {
  offers()[name] = value;
}

/**
 * What the module `name` offers, loading it first if needed.
 * @example (await demand('exportProgress'))(settings)
 */
export async function demand<K extends keyof Offers>(name: K): Promise<Offers[K]> {
  const ready = offers()[name];
  if (ready) return ready as Offers[K];
  const src = urls[name];
  let loaded = loading.get(src);
  if (!loaded) {
    loaded = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${src} could not be loaded.`));
      document.head.append(script);
    });
    loading.set(src, loaded);
  }
  await loaded;
  return offers()[name] as Offers[K];
}
