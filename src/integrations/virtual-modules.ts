/**
 * The virtual modules the integration serves to pages and browser scripts: the project's
 * paths, settings and strings (`virtual:mnemo/project`), each lesson's self-check ids
 * (`virtual:mnemo/checks`), and the guide's language and interface strings for browser
 * scripts, one group per module so a script bundles only its own (`virtual:mnemo/ui/*`).
 */
import type { Plugin } from 'vite';
import type { UiStrings } from '../i18n/en';
import type { ProjectPaths } from '../lib/paths';
import type { Settings } from '../lib/settings';

const PREFIX = 'virtual:mnemo/';

/** What the modules are made of. `checks` is the body of `virtual:mnemo/checks`, asked for when loaded. */
export interface VirtualSources {
  paths: ProjectPaths;
  settings: Settings;
  ui: UiStrings;
  checks(): string;
}

/** Serves every `virtual:mnemo/*` module. */
export function virtualModules(sources: VirtualSources): Plugin {
  const modules: Record<string, () => string> = {
    project: () =>
      [`export const paths = ${JSON.stringify(sources.paths)};`, `export const settings = ${JSON.stringify(sources.settings)};`, `export const ui = ${JSON.stringify(sources.ui)};`].join('\n'),
    checks: sources.checks,
    lang: () => `export default ${JSON.stringify(sources.settings.lang)};`,
  };
  for (const group of Object.keys(sources.ui) as (keyof UiStrings)[]) {
    modules[`ui/${group}`] = () => `export default ${JSON.stringify(sources.ui[group])};`;
  }
  return {
    name: 'mnemo:virtual-modules',
    // The filters let the bundler skip the other ids without calling into JavaScript.
    resolveId: { filter: { id: /^virtual:mnemo\// }, handler: (id) => (id.slice(PREFIX.length) in modules ? `\0${id}` : undefined) },
    load: { filter: { id: /^\0virtual:mnemo\// }, handler: (id) => modules[id.slice(PREFIX.length + 1)]?.() },
  };
}
