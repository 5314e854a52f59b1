/**
 * Browser modules that load on demand, without `import()`: a page script adds them with a
 * `<script type="module">`, whose URL this plugin provides. An `import()` would bring Vite's
 * preload helper (about 1 KB gzip) into every page whose scripts have one, and the pages'
 * budgets have no room for it; the modules' own imports are chunks the page already has.
 */
import type { Plugin } from 'vite';

/** A pattern that matches `text` and nothing else. */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Serves the virtual module `id`, exporting the URL of each module in `modules` (name to
 * absolute file) under its name. In a build each is emitted as its own chunk (named
 * `<prefix>-<name>`) and its final, hashed URL filled in; the dev server serves the source.
 * @example onDemandModules('virtual:mnemo/search-modules', { dialog: '/…/dialog.ts' }, 'search')
 */
export function onDemandModules(id: string, modules: Record<string, string>, prefix: string): Plugin {
  const resolved = '\0' + id;
  let serve = false;
  let base = '/';
  return {
    name: `mnemo:on-demand:${prefix}`,
    configResolved(config) {
      serve = config.command === 'serve';
      base = config.base;
    },
    // The filters let the bundler skip every other id without calling into JavaScript.
    resolveId: { filter: { id: exactly(id) }, handler: () => resolved },
    load: {
      filter: { id: exactly(resolved) },
      handler() {
        return Object.entries(modules)
          .map(([name, file]) => {
            if (serve) return `export const ${name} = ${JSON.stringify(`${base}@fs${file}`)};`;
            const ref = this.emitFile({ type: 'chunk', id: file, name: `${prefix}-${name}` });
            return `export const ${name} = import.meta.ROLLUP_FILE_URL_${ref};`;
          })
          .join('\n');
      },
    },
  };
}
