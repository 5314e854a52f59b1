/**
 * The remark plugin that puts self-checks on the rendering path: each `.mdx` lesson is
 * analysed (`analyzeLesson`, pure) and, when it has no problem, rewritten for the Astro
 * components (`rewriteLesson`). The analysis goes to the integration through `onLesson`, so
 * a build lists the guide's self-checks from this one parse.
 */
import { extname } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { ContentError } from '../../lib/problems';
import { analyzeLesson } from './analyze';
import { liftComponents } from './lift';
import { rewriteLesson } from './rewrite';
import type { LessonAnalysis } from './types';

/** A lesson the guide knows, as the plugin needs it. */
export interface LessonFile {
  /** The file as messages name it, e.g. `content/basics/intro.mdx`. */
  file: string;
  /** The file relative to the guide's folder, e.g. `basics/intro.mdx`. */
  guideFile: string;
  /** Its route slug, from the guide's one slug rule. */
  slug: string;
}

/** What the plugin needs from the integration. */
export interface RemarkSelfChecksOptions {
  /** The lesson at an absolute path, or undefined for a file that is not a lesson of the guide. */
  lessonAt(path: string): LessonFile | undefined;
  /** Receives each lesson's analysis (by absolute path) once it has no problem. */
  onLesson?: (path: string, analysis: LessonAnalysis, lesson: LessonFile) => void;
}

/**
 * Checks the self-checks of every `.mdx` lesson and rewrites them for rendering; throws a
 * `ContentError` listing every problem of the lesson. Plain `.md` files and files that are
 * not lessons pass through untouched.
 * @example remarkPlugins: [[remarkSelfChecks, { lessonAt, onLesson }]]
 */
export const remarkSelfChecks: Plugin<[RemarkSelfChecksOptions], Root> = (options) => {
  return (tree, file) => {
    if (!file.path || extname(file.path).toLowerCase() !== '.mdx') return;
    const lesson = options.lessonAt(file.path);
    if (!lesson) return;
    liftComponents(tree);
    const analysis = analyzeLesson(tree, { file: lesson.file, guideFile: lesson.guideFile, lesson: lesson.slug });
    if (analysis.problems.length > 0) throw new ContentError(analysis.problems);
    options.onLesson?.(file.path, analysis, lesson);
    rewriteLesson(analysis);
  };
};
