import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { onDemandModules } from './on-demand';
import { indexMessage, indexSite } from './search-index';

/** Browser modules that load on demand, by the name the loader imports their URL under. */
const ON_DEMAND = {
  dialog: fileURLToPath(new URL('../scripts/search/dialog.ts', import.meta.url)),
  highlight: fileURLToPath(new URL('../scripts/search/highlight-page.ts', import.meta.url)),
};

/** How the search integration indexes a build. */
export interface SearchOptions {
  /** The glob of the files Pagefind reads (`lessonGlob`), asked for once the build is done. */
  glob: () => string | undefined;
  /**
   * Leaves indexing to someone else (`npm run build`, once Astro has handed off): called with the
   * glob instead of indexing. Undefined, the build indexes the site itself.
   */
  defer?: (request: { glob?: string }) => void;
}

/**
 * Search: builds the full-text index after every `astro build` (`indexSite`, the Pagefind
 * CLI), or hands it to `npm run build` (`defer`), and provides the URLs of the search modules
 * that load on demand (`virtual:mnemo/search-modules`).
 *
 * Only lesson content is indexed: lesson pages mark their article with `data-pagefind-body`,
 * so every other page (home, sections, 404) is left out, and inside a lesson Pagefind skips
 * `<nav>` (breadcrumbs, table of contents, pager) and every `data-pagefind-ignore` element
 * (hints, feedback, explanations, answer keys, flashcard backs). Pagefind reads only the
 * lessons' folders (`lessonGlob`), never the print page or the study pages.
 *
 * @example integrations: [mnemo(...), mdx(), search({ glob: () => lessonGlob(slugs) })]
 */
export function search(options: SearchOptions): AstroIntegration {
  return {
    name: 'mnemo:search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [onDemandModules('virtual:mnemo/search-modules', ON_DEMAND, 'search')] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const glob = options.glob();
        if (options.defer) return options.defer(glob === undefined ? {} : { glob });
        logger.info(indexMessage(await indexSite(fileURLToPath(dir), glob)));
      },
    },
  };
}
