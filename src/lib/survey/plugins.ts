/**
 * The survey on the rendering path: `remarkSurvey` surveys each lesson of the guide in its one
 * compile (and rewrites its self-checks for the components when they have no problem);
 * `rehypeAnchors` adds the ids its page will have. Neither throws in a build: the integration
 * reports every problem of the guide at once, before any page renders. The dev server, which
 * renders one page at a time, shows a lesson's problems on that page (`throwOnProblems`).
 */
import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { blankFrontmatter } from '../../checks/build/parse-lesson';
import { rewriteLesson } from '../../checks/build/rewrite';
import { ContentError } from '../problems';
import { pageAnchors } from './anchors';
import { surveyTree, type SurveyOptions } from './survey';
import type { LessonSurvey, PageAnchor, SurveyedFile } from './types';

/** A lesson of the guide, as the plugins need it. */
export interface CompiledLesson extends SurveyedFile {
  format: 'md' | 'mdx';
  /** The line of the `# heading` that is its title (dropped from the body). */
  titleLine?: number;
  /**
   * Lines before the text the compile sees: Astro hands a `.md` lesson's body to the
   * processor without its frontmatter and leading blank lines, so its positions start there.
   */
  lineOffset?: number;
}

/**
 * How many lines Astro leaves out before a `.md` lesson's body: its frontmatter and the blank
 * lines after it (the body it compiles is trimmed).
 */
export function markdownLineOffset(source: string): number {
  const blanked = blankFrontmatter(source);
  const lead = blanked.slice(0, blanked.length - blanked.trimStart().length);
  return lead.split('\n').length - 1;
}

/** Moves a `.md` lesson's positions to the lines of its file, so every message and the title's line match the file. Runs first. */
export function remarkFileLines(options: Pick<SurveyPluginOptions, 'lessonAt'>) {
  return (tree: Root, file: VFile) => {
    const offset = file.path ? options.lessonAt(file.path)?.lineOffset : undefined;
    if (!offset) return;
    visit(tree, (node) => {
      if (node.position) {
        node.position.start.line += offset;
        node.position.end.line += offset;
      }
    });
  };
}

/** What the plugins need from the integration. */
export interface SurveyPluginOptions extends SurveyOptions {
  /** The lesson at an absolute path, or undefined for a file that is not a lesson of the guide. */
  lessonAt(path: string): CompiledLesson | undefined;
  /** Receives each lesson's survey, by absolute path (its anchors come later, through `onAnchors`). */
  onSurvey(path: string, survey: LessonSurvey): void;
  /** Receives the ids of each lesson's page, by absolute path. */
  onAnchors(path: string, anchors: PageAnchor[]): void;
  /** Throw a lesson's own problems from its compile (the dev server); a build collects them. */
  throwOnProblems?: boolean;
}

/**
 * Surveys a lesson and, when its self-checks have no problem, rewrites them for rendering.
 * @example remarkPlugins: [[remarkSurvey, { lessonAt, onSurvey, onAnchors, expressions: false }]]
 */
export function remarkSurvey(options: SurveyPluginOptions) {
  return (tree: Root, file: VFile) => {
    const lesson = file.path ? options.lessonAt(file.path) : undefined;
    if (!lesson) return;
    const { survey, analysis } = surveyTree(tree, lesson, lesson.format, options);
    if (options.throwOnProblems && survey.problems.length) throw new ContentError(survey.problems);
    options.onSurvey(file.path, survey);
    if (analysis && analysis.problems.length === 0) rewriteLesson(analysis);
  };
}

/** Records the ids of a lesson's page, headings' ids as Astro will give them. Runs after every other rehype plugin of Mnemo's. */
export function rehypeAnchors(options: Pick<SurveyPluginOptions, 'lessonAt' | 'onAnchors'>) {
  return (tree: HastRoot, file: VFile) => {
    if (file.path && options.lessonAt(file.path)) options.onAnchors(file.path, pageAnchors(tree, file));
  };
}
