/**
 * Checking every self-check of the guide before the build renders anything, so an author
 * sees all problems of all lessons at once, including ids used in two lessons.
 */
import { sortProblems, type Problem } from '../problems';
import { analyzeLesson } from './analyze';
import { duplicateIdFix, duplicateIdMessage } from './lesson-ids';
import { parseLesson } from './parse-lesson';
import type { CheckEntry } from './types';

/** One `.mdx` lesson to check. */
export interface LessonSource {
  /** Project-relative path, e.g. `content/basics/intro.mdx`. */
  file: string;
  /** Route slug, e.g. `basics/intro`. */
  lesson: string;
  /** The whole file, frontmatter included. */
  source: string;
}

/**
 * Parses and analyses every lesson, then reports ids used in more than one lesson
 * (duplicates inside one lesson are reported by `analyzeLesson`).
 * @example
 * const { checks, problems } = validateLessonSources([{ file, lesson, source }]);
 * if (problems.length) throw new ContentError(problems);
 */
export function validateLessonSources(lessons: readonly LessonSource[]): {
  checks: CheckEntry[];
  problems: Problem[];
} {
  const checks: CheckEntry[] = [];
  const problems: Problem[] = [];
  const firstUse = new Map<string, { file: string; line: number }>();
  for (const { file, lesson, source } of lessons) {
    const parsed = parseLesson(file, source);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const analysis = analyzeLesson(parsed.tree, { file, lesson });
    checks.push(...analysis.checks);
    problems.push(...analysis.problems);
    // A second use inside this lesson is already reported by analyzeLesson.
    const seenHere = new Set<string>();
    for (const { id, line, column } of analysis.ids) {
      if (seenHere.has(id)) continue;
      seenHere.add(id);
      const first = firstUse.get(id);
      if (!first) {
        firstUse.set(id, { file, line });
      } else {
        problems.push({ file, line, column, message: duplicateIdMessage(id, `${first.file}:${first.line}`), fix: duplicateIdFix(id) });
      }
    }
  }
  return { checks, problems: sortProblems(problems) };
}
