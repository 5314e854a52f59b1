/**
 * The guide's exam pages as the build knows them, for `checkExams` (authoring contract,
 * Extension 1) and for the pages that run exams. Build-time: reads the guide's structure and
 * the specs every lesson's compile produced.
 */
import type { Guide, Lesson } from '../../lib/content/model';
import type { Problem } from '../../lib/problems';
import type { CheckSpec } from '../../checks/schema';
import { WHOLE_GUIDE, type Selection } from '../pool';
import { checkExams, resolveFrom, type ExamCheckLesson } from './exam-check';

/** Every lesson as `checkExams` needs it, with its question ids (flashcards left out) in document order. */
export function examCheckLessons(guide: Guide, checks: readonly CheckSpec[]): ExamCheckLesson[] {
  const questions = new Map<string, string[]>();
  for (const check of checks) {
    if (check.kind === 'flashcard') continue;
    const ids = questions.get(check.lesson);
    if (ids) ids.push(check.id);
    else questions.set(check.lesson, [check.id]);
  }
  return guide.lessons.map((lesson) => ({
    file: lesson.file,
    slug: lesson.slug,
    section: lesson.section,
    tags: lesson.tags,
    ...(lesson.exam ? { exam: lesson.exam } : {}),
    questions: questions.get(lesson.slug) ?? [],
  }));
}

/**
 * The problems of every exam page of the guide: `from` entries that name nothing, pools too
 * small for `questions`. Run once every lesson has compiled, with every spec.
 * @example problems.push(...guideExamProblems(guide, checks))
 */
export function guideExamProblems(guide: Guide, checks: readonly CheckSpec[]): Problem[] {
  if (!guide.lessons.some((lesson) => lesson.exam)) return [];
  return checkExams(examCheckLessons(guide, checks), [...guide.sections.keys()]);
}

/**
 * What an exam page draws from: its `from` split into sections and tags, or the whole guide.
 * The build has already failed on any entry that matches nothing.
 */
export function examSelection(guide: Guide, lesson: Lesson): Selection {
  if (!lesson.exam?.from) return WHOLE_GUIDE;
  const tags = [...new Set(guide.lessons.flatMap((l) => l.tags))];
  const { sections, tags: named } = resolveFrom(lesson.exam.from, [...guide.sections.keys()].filter(Boolean), tags);
  return { sections, tags: named };
}

/** Route slugs of the guide's exam pages, whose own questions no other exam or practice test draws. */
export function examSlugs(guide: Guide): string[] {
  return guide.lessons.filter((lesson) => lesson.exam).map((lesson) => lesson.slug);
}
