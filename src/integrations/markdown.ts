/**
 * The one rendering path of every lesson (`.md` and `.mdx`): Astro's unified processor with
 * Mnemo's remark and rehype plugins. Astro 7's default processor runs no remark or rehype
 * plugins, so the integration sets this one itself.
 */
import { rehypeShiki, unified } from '@astrojs/markdown-remark';
import type { LessonFile, RemarkSelfChecksOptions } from '../checks/build/remark-self-checks';
import { remarkSelfChecks } from '../checks/build/remark-self-checks';
import type { LessonLink } from '../lib/links';
import { codeTransformers, type CodeStyleRegistry } from '../lib/markdown/code-styles';
import { rehypeBaseLinks } from '../lib/markdown/rehype-base-links';
import { rehypeCellSpacing } from '../lib/markdown/rehype-cell-spacing';
import { rehypeTaskLists } from '../lib/markdown/rehype-task-lists';
import { remarkCollectLinks } from '../lib/markdown/remark-collect-links';
import { remarkLessonTitle } from '../lib/markdown/remark-lesson-title';

/** The light and dark code themes (the pages switch between them with the reader's theme). */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;

/** What the plugins report to and read from the integration. */
export interface MarkdownOptions {
  base: string;
  lessonAt(path: string): (LessonFile & { titleLine?: number }) | undefined;
  onLesson: RemarkSelfChecksOptions['onLesson'];
  links: LessonLink[];
  codeStyles: CodeStyleRegistry;
}

/** The processor for `markdown.processor`. */
export function markdownProcessor(options: MarkdownOptions) {
  const { lessonAt } = options;
  return unified({
    remarkPlugins: [
      [remarkLessonTitle, { lessonAt }],
      [remarkCollectLinks, { lessonAt, links: options.links }],
      [remarkSelfChecks, { lessonAt, onLesson: options.onLesson }],
    ],
    rehypePlugins: [
      // Shiki runs here rather than as Astro's built-in highlighter: its transformers move
      // the inline colours into a stylesheet, so the strict CSP holds.
      [rehypeShiki, { themes: CODE_THEMES, transformers: codeTransformers(options.codeStyles) }],
      [rehypeBaseLinks, { base: options.base }],
      rehypeTaskLists,
      rehypeCellSpacing,
    ],
    smartypants: true,
  });
}
