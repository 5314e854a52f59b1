/**
 * Surveying a lesson from its source, as the compile would: for `npm run check`, the dev
 * server, and a build that stopped before every lesson compiled. The same steps as the
 * build's plugins (parse, drop the title heading, survey, rewrite the self-checks, HTML tree,
 * anchors), without highlighting or rendering.
 */
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { toHast } from 'mdast-util-to-hast';
import { createRequire } from 'node:module';
import { VFile } from 'vfile';
import { markdownPackages } from '../../checks/build/markdown-packages';
import { blankFrontmatter, parseLesson } from '../../checks/build/parse-lesson';
import { rewriteLesson } from '../../checks/build/rewrite';
import { dropTitleHeading } from '../markdown/title-heading';
import { anchorsOf, type AnchorNode } from './anchors';
import { surveyTree, type SurveyOptions } from './survey';
import type { LessonSurvey, PageAnchor, SurveyedFile } from './types';

/** MDX's own nodes, which the HTML tree keeps as they are (as `@mdx-js/mdx` does). */
const MDX_NODES: NonNullable<Parameters<typeof toHast>[1]>['passThrough'] = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/**
 * What surveying from source needs besides Mnemo's own code, loaded on first use (with Node's
 * `require` of ES modules, which works however the integration was loaded): a build whose
 * lessons all compiled never needs them, and Astro's remark pipeline alone is some 250 modules
 * (issue 19). `markdown` reads a `.md` lesson as Astro does: CommonMark, GFM, smart punctuation.
 */
function loadSourcePackages() {
  const load = createRequire(import.meta.url);
  const { unified, remarkParse, remarkGfm, remarkSmartypants } = markdownPackages();
  return {
    markdown: unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants).freeze(),
    toHast: (load('mdast-util-to-hast') as typeof import('mdast-util-to-hast')).toHast,
    rehypeHeadingIds: (load('@astrojs/markdown-remark') as typeof import('@astrojs/markdown-remark')).rehypeHeadingIds,
  };
}
let loaded: ReturnType<typeof loadSourcePackages> | undefined;
const sourcePackages = () => (loaded ??= loadSourcePackages());

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
  if (lesson.format === 'md') {
    const { markdown } = sourcePackages();
    return { tree: markdown.runSync(markdown.parse(blankFrontmatter(lesson.source))) as Root };
  }
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
  const hast = sourcePackages().toHast(tree, { allowDangerousHtml: true, passThrough: MDX_NODES });
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
  (sourcePackages().rehypeHeadingIds() as unknown as (tree: HastRoot, file: VFile) => void)(tree, file);
  return anchorsOf(tree as unknown as AnchorNode, () => '');
}
