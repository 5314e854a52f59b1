/**
 * Surveying a lesson from its source, as the compile would: for `npm run check`, the dev
 * server, and a build that stopped before every lesson compiled. The same steps as the
 * build's plugins (parse, drop the title heading, survey, rewrite the self-checks, HTML tree,
 * anchors), without highlighting or rendering.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { blankFrontmatter, parseLesson } from '../../checks/build/parse-lesson';
import { rewriteLesson } from '../../checks/build/rewrite';
import { dropTitleHeading } from '../markdown/title-heading';
import { anchorsOf, type AnchorNode } from './anchors';
import { surveyTree, type SurveyOptions } from './survey';
import type { LessonSurvey, PageAnchor, SurveyedFile } from './types';

/** MDX's own nodes, which the HTML tree keeps as they are (as `@mdx-js/mdx` does). */
const MDX_NODES: NonNullable<Parameters<typeof toHast>[1]>['passThrough'] = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/** Plain Markdown as Astro reads a `.md` lesson: CommonMark, GFM and smart punctuation. */
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants).freeze();

/** A lesson to survey from its source. */
export interface LessonSource extends SurveyedFile {
  /** Its absolute path (messages name `file`). */
  path: string;
  format: 'md' | 'mdx';
  /** The line of the `# heading` that is its title, which the page drops from the body. */
  titleLine?: number;
  /** The whole file, frontmatter included. */
  source: string;
}

function parse(lesson: LessonSource): { tree: Root } | { survey: LessonSurvey } {
  if (lesson.format === 'md') return { tree: markdown.runSync(markdown.parse(blankFrontmatter(lesson.source))) as Root };
  const parsed = parseLesson(lesson.file, lesson.source);
  if ('tree' in parsed) return parsed;
  return { survey: { file: lesson.file, slug: lesson.slug, problems: [parsed.problem], checks: [], ids: [], decks: [], references: [], anchors: [] } };
}

/** The lesson's survey, anchors included; a syntax error is its only problem. */
export function surveySource(lesson: LessonSource, options: SurveyOptions): LessonSurvey {
  const parsed = parse(lesson);
  if ('survey' in parsed) return parsed.survey;
  const { tree } = parsed;
  if (lesson.titleLine !== undefined) dropTitleHeading(tree, lesson.titleLine);
  const { survey, analysis } = surveyTree(tree, lesson, lesson.format, options);
  if (analysis && analysis.problems.length === 0) rewriteLesson(analysis);
  const hast = toHast(tree, { allowDangerousHtml: true, passThrough: MDX_NODES });
  const file = new VFile({ path: lesson.path });
  file.data.astro = { frontmatter: {} };
  return { ...survey, anchors: pageAnchors(hast as Parameters<typeof pageAnchors>[0], file) };
}

/**
 * Gives the tree's headings their ids as Astro's unified pipeline does (it keeps an id already
 * set), then lists every id in the tree in document order. For `npm run check`, which reads
 * lessons without Sätteri.
 */
function pageAnchors(tree: HastRoot, file: VFile): PageAnchor[] {
  (rehypeHeadingIds() as unknown as (tree: HastRoot, file: VFile) => void)(tree, file);
  return anchorsOf(tree as unknown as AnchorNode, () => '');
}
