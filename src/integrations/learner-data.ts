/**
 * The learner-data modules that load on demand (`src/learner-data/client/on-demand.ts`): the
 * progress store, which lesson pages need only once the learner answers, and the export and
 * import of progress files. Served as `virtual:mnemo/learner-data-modules`.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { onDemandModules } from './on-demand';

const at = (file: string) => fileURLToPath(new URL(`../learner-data/client/offers/${file}`, import.meta.url));

/** The plugin that provides the modules' URLs. */
export function learnerDataModules(): Plugin {
  return onDemandModules('virtual:mnemo/learner-data-modules', { progressStore: at('progress-store.ts'), exportProgress: at('export.ts'), importProgress: at('import.ts') }, 'learner');
}
