/**
 * The browser code of each question kind, loaded on demand by `src/checks/client/kinds.ts`
 * through its URL, served as `virtual:mnemo/kind-modules`. Loading them with `import()` of the
 * module itself would bring Vite's preload helper (886 B gzip) onto every page with a question:
 * lesson, exam and review pages.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { onDemandModules } from './on-demand';

const at = (kind: string) => fileURLToPath(new URL(`../checks/kinds/${kind}/client.ts`, import.meta.url));

/** The plugin that provides the URL of each kind's browser module, by module name. */
export function kindModules(): Plugin {
  return onDemandModules('virtual:mnemo/kind-modules', { choice: at('choice'), typed: at('typed'), order: at('order'), match: at('match'), blanks: at('blanks') }, 'kind');
}
