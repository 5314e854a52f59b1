import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { onDemandModules } from './on-demand';

/**
 * Files Pagefind writes for its ready-made interfaces. Mnemo has its own dialog, so these are
 * removed: nothing links them, and a site should not publish 400 KB of code it never runs.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The folder, inside the built site, that holds the search bundle; engine.ts loads it from `<base>pagefind/`. */
const SEARCH_BUNDLE_DIR = 'pagefind';

/** Pages that had a `data-pagefind-body`, as counted in the bundle's entry file. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Browser modules that load on demand, by the name the loader imports their URL under. */
const ON_DEMAND = {
  dialog: fileURLToPath(new URL('../scripts/search/dialog.ts', import.meta.url)),
  highlight: fileURLToPath(new URL('../scripts/search/highlight-page.ts', import.meta.url)),
};

/**
 * Search: builds the full-text index after every `astro build` with Pagefind's Node API, and
 * provides the URLs of the search modules that load on demand (`virtual:mnemo/search-modules`).
 *
 * Only lesson content is indexed: lesson pages mark their article with `data-pagefind-body`,
 * so every other page (home, sections, 404) is left out, and inside a lesson Pagefind skips
 * `<nav>` (breadcrumbs, table of contents, pager) and every `data-pagefind-ignore` element
 * (hints, feedback, explanations, answer keys, flashcard backs).
 *
 * @example integrations: [mnemo(...), mdx(), search()]
 */
export function search(): AstroIntegration {
  return {
    name: 'mnemo:search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [onDemandModules('virtual:mnemo/search-modules', ON_DEMAND, 'search')] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_BUNDLE_DIR);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n') || 'Pagefind could not create an index.');
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
          const ms = Math.round(performance.now() - started);
          const lessons = indexedPages(outputPath);
          logger.info(`Indexed ${lessons} lesson${lessons === 1 ? '' : 's'} (of ${added.page_count} pages) for search in ${ms} ms.`);
        } finally {
          // The Node API drives Pagefind's binary as a child process, which runs until closed.
          await pagefind.close();
        }
      },
    },
  };
}
