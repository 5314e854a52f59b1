/**
 * The survey on the rendering path, as Sätteri plugins: `lessonPlugin` surveys each lesson of
 * the guide in its one compile (and rewrites its self-checks for the components when they have
 * no problem); `anchorsPlugin` notes the ids its page will have. Neither throws in a build: the
 * integration reports every problem of the guide at once, before any page renders. The dev
 * server, which renders one page at a time, shows a lesson's problems on that page
 * (`throwOnProblems`).
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { blankFrontmatter } from '../../checks/build/parse-lesson';
import { prerenderProse } from '../../checks/build/prose-html';
import { rewriteLesson } from '../../checks/build/rewrite';
import { classicDashes } from '../markdown/dashes';
import { dropTitleHeading } from '../markdown/title-heading';
import { ContentError } from '../problems';
import { satteriAnchorsPlugin } from './satteri-anchors';
import { surveyTree, type SurveyOptions } from './survey';
import { plainTree, sendChanges, type TreeEditor } from './tree-edits';
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
  /**
   * Leave every self-check to the HTML pass (`prerenderPlugin`), none read from Markdown
   * (`prerenderProse`): what the two read is the same, which the tests check with it.
   */
  allInHtml?: boolean;
}

/** The absolute path of the file a compile is for, if it names one. */
export function compiledPath(fileURL: URL | undefined): string | undefined {
  return fileURL?.protocol === 'file:' ? fileURLToPath(fileURL) : undefined;
}

/**
 * Surveys a lesson and, when its self-checks have no problem, rewrites them for rendering and
 * reads those whose parts are all prose (`prerenderProse`, build/prose-html.ts); the
 * `# heading` that is its title is dropped from the body (the page shows it as its <h1>), and
 * `--` becomes an em dash (see dashes.ts).
 * Lines are the file's: a `.md` lesson's are moved past its frontmatter.
 * @example mdastPlugins: [lessonPlugin({ lessonAt, onSurvey, onAnchors, expressions: false })]
 */
export function lessonPlugin(options: SurveyPluginOptions): MdastPluginDefinition & { survey: SurveyPluginOptions } {
  return {
    name: 'mnemo:lesson',
    // What it reports to, for the bench's profile (bench/profile/), which can stand in for it.
    survey: options,
    options: { position: true },
    before(root, ctx) {
      const path = compiledPath(ctx.fileURL);
      const lesson = path ? options.lessonAt(path) : undefined;
      if (!path || !lesson) return;
      const copy = plainTree(root, ctx.source, lesson.lineOffset ?? 0);
      classicDashes(copy.tree);
      if (lesson.titleLine !== undefined) dropTitleHeading(copy.tree, lesson.titleLine);
      const { survey, analysis } = surveyTree(copy.tree, lesson, lesson.format, options);
      if (options.throwOnProblems && survey.problems.length) throw new ContentError(survey.problems);
      options.onSurvey(path, survey);
      if (analysis && analysis.problems.length === 0) {
        rewriteLesson(analysis);
        // Self-checks of prose alone are read here, from Markdown; the others in the HTML pass.
        if (!options.allInHtml) prerenderProse(analysis, ctx);
      }
      sendChanges(ctx as unknown as TreeEditor, copy);
    },
  };
}

/** Records the ids of a lesson's page, headings' ids as Astro will give them. Runs after every other hast plugin of Mnemo's that changes the tree. */
export function anchorsPlugin(options: Pick<SurveyPluginOptions, 'lessonAt' | 'onAnchors'>): HastPluginDefinition {
  const lessonOf = (ctx: { fileURL: URL | undefined }) => {
    const path = compiledPath(ctx.fileURL);
    const lesson = path ? options.lessonAt(path) : undefined;
    return path && lesson ? { path, lesson } : undefined;
  };
  return satteriAnchorsPlugin(
    'mnemo:anchors',
    (ctx) => {
      const found = lessonOf(ctx);
      return found ? (found.lesson.lineOffset ?? 0) : undefined;
    },
    (ctx, anchors) => options.onAnchors(lessonOf(ctx)!.path, anchors),
  );
}
