/**
 * The one rendering path of every lesson (`.md` and `.mdx`): Astro's Sätteri processor (its
 * default: Markdown parsed and compiled natively) with Mnemo's plugins, and Shiki with Mnemo's
 * transformers. The unified processor with remark and rehype plugins rendered the same pages
 * at about 1.6x the time (issue 19).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { codeTransformers, type CodeStyleRegistry } from '../lib/markdown/code-styles';
import { baseLinksPlugin } from '../lib/markdown/base-links';
import { cellSpacingPlugin } from '../lib/markdown/cell-spacing';
import { taskListsPlugin } from '../lib/markdown/task-lists';
import { anchorsPlugin, lessonPlugin, type SurveyPluginOptions } from '../lib/survey/plugins';
import { prerenderPlugin } from '../checks/build/prerender';

/** The light and dark code themes (the pages switch between them with the reader's theme). */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;

/** What the plugins report to and read from the integration. */
export interface MarkdownOptions extends SurveyPluginOptions {
  base: string;
  codeStyles: CodeStyleRegistry;
}

/** `markdown.processor` and `markdown.shikiConfig` for Astro's config. */
export function markdownConfig(options: MarkdownOptions) {
  const survey: SurveyPluginOptions = {
    lessonAt: options.lessonAt,
    expressions: options.expressions,
    onSurvey: options.onSurvey,
    onAnchors: options.onAnchors,
    ...(options.throwOnProblems ? { throwOnProblems: true } : {}),
  };
  return {
    processor: satteri({
      mdastPlugins: [lessonPlugin(survey)],
      // Astro's highlighter runs before these, its images and heading ids after them; the
      // self-checks' parts are read last of Mnemo's, once the others have finished them.
      hastPlugins: [baseLinksPlugin({ base: options.base }), taskListsPlugin(), cellSpacingPlugin(), anchorsPlugin(survey), prerenderPlugin()],
      // Dashes come from the lesson plugin, as they always were (see lib/markdown/dashes.ts).
      features: { gfm: true, smartPunctuation: { dashes: false } },
    }),
    syntaxHighlight: 'shiki' as const,
    // The transformers move Shiki's inline colours into a stylesheet, so the strict CSP holds.
    shikiConfig: { themes: CODE_THEMES, transformers: codeTransformers(options.codeStyles) },
  };
}
