/**
 * Checking every self-check of the guide, so an author sees all problems of all lessons at
 * once, including ids used in two lessons.
 */
import { sortProblems, type Problem } from '../../lib/problems';
import type { CheckSpec } from '../schema';
import { analyzeLesson } from './analyze';
import { duplicateIdFix, duplicateIdMessage } from './lesson-ids';
import { liftComponents } from './lift';
import { parseLesson } from './parse-lesson';
import type { IdUse, LessonAnalysis } from './types';

/** One `.mdx` lesson to check. */
export interface LessonSource {
  /** The file as messages name it, e.g. `content/basics/intro.mdx`. */
  file: string;
  /** The file relative to the guide's folder (specs name it so); defaults to `file`. */
  guideFile?: string;
  /** Route slug, e.g. `basics/intro`. */
  lesson: string;
  /** The whole file, frontmatter included. */
  source: string;
}

/** What the guide-wide checks need of one analysed lesson. */
export interface AnalysedLesson {
  /** The file as messages name it. */
  file: string;
  /** The file relative to the guide's folder, as other messages name it (defaults to `file`). */
  guideFile?: string;
  checks: CheckSpec[];
  problems: Problem[];
  ids: IdUse[];
}

/**
 * Parses and analyses one lesson's source as the build does: a pure function of the text.
 * A syntax error is its only problem.
 */
export function analyseSource({ file, guideFile, lesson, source }: LessonSource): LessonAnalysis {
  const parsed = parseLesson(file, source);
  if ('problem' in parsed) return { checks: [], problems: [parsed.problem], ids: [], questions: [], cards: [], decks: [] };
  liftComponents(parsed.tree);
  return analyzeLesson(parsed.tree, { file, guideFile: guideFile ?? file, lesson });
}

/**
 * Joins the analyses of the guide's lessons, given in guide order: every lesson's checks and
 * problems, plus each id used in more than one lesson, reported where it is used again
 * (a second use inside one lesson is already reported by `analyzeLesson`).
 * @example const { checks, problems } = joinLessons(guide.lessons.map(analysisOf));
 */
export function joinLessons(lessons: readonly AnalysedLesson[]): { checks: CheckSpec[]; problems: Problem[] } {
  const checks: CheckSpec[] = [];
  const problems: Problem[] = [];
  const firstUse = new Map<string, { file: string; line: number }>();
  for (const analysis of lessons) {
    const { file } = analysis;
    const named = analysis.guideFile ?? file;
    checks.push(...analysis.checks);
    problems.push(...analysis.problems);
    const seenHere = new Set<string>();
    for (const { id, line, column } of analysis.ids) {
      if (seenHere.has(id)) continue;
      seenHere.add(id);
      const first = firstUse.get(id);
      if (!first) {
        firstUse.set(id, { file: named, line });
      } else {
        problems.push({ file, line, column, message: duplicateIdMessage(id, `${first.file}:${first.line}`), fix: duplicateIdFix(id) });
      }
    }
  }
  return { checks, problems: sortProblems(problems) };
}

/**
 * Parses and analyses every lesson, then reports ids used in more than one lesson.
 * @example
 * const { checks, problems } = validateLessonSources([{ file, lesson, source }]);
 * if (problems.length) throw new ContentError(problems);
 */
export function validateLessonSources(lessons: readonly LessonSource[]): { checks: CheckSpec[]; problems: Problem[] } {
  return joinLessons(lessons.map((lesson) => ({ file: lesson.file, guideFile: lesson.guideFile ?? lesson.file, ...analyseSource(lesson) })));
}
