/**
 * The one rendering path of every lesson (`.md` and `.mdx`): Astro's unified processor with
 * Mnemo's remark and rehype plugins. Astro 7's default processor runs no remark or rehype
 * plugins, so the integration sets this one itself.
 */
import { rehypeShiki, unified } from '@astrojs/markdown-remark';
import { codeTransformers, type CodeStyleRegistry } from '../lib/markdown/code-styles';
import { rehypeBaseLinks } from '../lib/markdown/rehype-base-links';
import { rehypeCellSpacing } from '../lib/markdown/rehype-cell-spacing';
import { rehypeTaskLists } from '../lib/markdown/rehype-task-lists';
import { remarkLessonTitle } from '../lib/markdown/remark-lesson-title';
import { rehypeAnchors, remarkFileLines, remarkSurvey, type SurveyPluginOptions } from '../lib/survey/plugins';

/** The light and dark code themes (the pages switch between them with the reader's theme). */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;

/** What the plugins report to and read from the integration. */
export interface MarkdownOptions extends SurveyPluginOptions {
  base: string;
  codeStyles: CodeStyleRegistry;
}

/** The processor for `markdown.processor`. */
export function markdownProcessor(options: MarkdownOptions) {
  const { lessonAt } = options;
  const survey: SurveyPluginOptions = {
    lessonAt,
    expressions: options.expressions,
    onSurvey: options.onSurvey,
    onAnchors: options.onAnchors,
    ...(options.throwOnProblems ? { throwOnProblems: true } : {}),
  };
  return unified({
    remarkPlugins: [
      [remarkFileLines, { lessonAt }],
      [remarkLessonTitle, { lessonAt }],
      [remarkSurvey, survey],
    ],
    rehypePlugins: [
      // Shiki runs here rather than as Astro's built-in highlighter: its transformers move
      // the inline colours into a stylesheet, so the strict CSP holds.
      [rehypeShiki, { themes: CODE_THEMES, transformers: codeTransformers(options.codeStyles) }],
      [rehypeBaseLinks, { base: options.base }],
      rehypeTaskLists,
      rehypeCellSpacing,
      [rehypeAnchors, survey],
    ],
    smartypants: true,
  });
}
