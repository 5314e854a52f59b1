/**
 * The remark plugin that puts self-checks on the rendering path: each `.mdx` lesson is
 * checked and rewritten into the render contract the Astro components expect.
 */
import { extname, isAbsolute, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { ContentError } from '../problems';
import { analyzeLesson } from './analyze';
import type { AnalysedLesson } from './validate-guide';
import { lessonRouteSlug } from '../content/slug';

/** Where the project and its lessons are. */
export interface RemarkSelfChecksOptions {
  /** Absolute path of `content/`. */
  contentDir: string;
  /** Absolute path of the project root; messages name files relative to it. */
  rootDir: string;
  /**
   * Turns a path relative to `contentDir` into the lesson's route slug (part of derived
   * ids); defaults to `lessonSlug`. Must agree with the slugs given to `analyseSource`.
   */
  lessonSlug?: (relPath: string) => string;
  /**
   * Receives each analysed lesson (by absolute path) whose self-checks are valid, so a build
   * can list the guide's self-checks from this one parse instead of reading lessons again.
   */
  onLesson?: (path: string, lesson: AnalysedLesson) => void;
}

function toPosix(path: string): string {
  return path.split(sep).join('/').replace(/\\/g, '/');
}

/**
 * A lesson's slug from its path inside `content/`: the generator's one route-slug rule
 * (`lessonRouteSlug`), so derived ids, progress keys and page addresses always agree.
 * @example lessonSlug('Basics/First steps.mdx') // 'basics/first-steps'
 */
export function lessonSlug(relPathFromContentDir: string): string {
  return lessonRouteSlug(toPosix(relPathFromContentDir));
}

/**
 * Checks the self-checks of every `.mdx` file under `contentDir` and rewrites them for
 * rendering; throws a `ContentError` listing every problem. Plain `.md` files and files
 * outside `contentDir` pass through untouched.
 * @example remarkPlugins: [[remarkSelfChecks, { contentDir, rootDir }]]
 */
export const remarkSelfChecks: Plugin<[RemarkSelfChecksOptions], Root> = (options) => {
  const slugOf = options.lessonSlug ?? lessonSlug;
  return (tree, file) => {
    if (!file.path || extname(file.path).toLowerCase() !== '.mdx') return;
    const fromContent = relative(options.contentDir, file.path);
    if (fromContent === '' || fromContent.startsWith('..') || isAbsolute(fromContent)) return;
    const name = toPosix(relative(options.rootDir, file.path));
    const analysis = analyzeLesson(tree, { file: name, lesson: slugOf(toPosix(fromContent)) });
    if (analysis.problems.length > 0) throw new ContentError(analysis.problems);
    options.onLesson?.(file.path, { file: name, ...analysis });
  };
};
