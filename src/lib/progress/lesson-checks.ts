/**
 * Build time: which questions and flashcards each lesson has, so pages can print a lesson's
 * totals ("3 of 7") and hand the progress badges the ids to count, without running any
 * self-check code in the browser of a lesson that has none.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Guide } from '../content/model';
import { lessonSlug } from '../checks/remark-self-checks';
import { analyseSource } from '../checks/validate-guide';
import type { CheckEntry } from '../checks/types';

/** The ids of one lesson's self-checks, in document order. */
export interface LessonChecks {
  questions: string[];
  cards: string[];
}

const NONE: LessonChecks = { questions: [], cards: [] };

/** The question and flashcard ids of `checks`, in their order. */
function idsOf(checks: readonly CheckEntry[]): LessonChecks {
  const ids: LessonChecks = { questions: [], cards: [] };
  for (const check of checks) (check.kind === 'flashcard' ? ids.cards : ids.questions).push(check.id);
  return ids;
}

/** `checks` grouped by the slug of their lesson, each group in order. */
export function checksPerLesson(checks: readonly CheckEntry[]): Map<string, CheckEntry[]> {
  const byLesson = new Map<string, CheckEntry[]>();
  for (const check of checks) {
    const list = byLesson.get(check.lesson);
    if (list) list.push(check);
    else byLesson.set(check.lesson, [check]);
  }
  return byLesson;
}

/** The question and flashcard ids of `checks`, by the slug of their lesson. */
export function idsByLesson(checks: readonly CheckEntry[]): Record<string, LessonChecks> {
  return Object.fromEntries([...checksPerLesson(checks)].map(([lesson, list]) => [lesson, idsOf(list)]));
}

/** Every id of the given lessons together, for the home page's total. */
export function allIds(lessons: Iterable<LessonChecks>): LessonChecks {
  const all = [...lessons];
  return { questions: all.flatMap((l) => l.questions), cards: all.flatMap((l) => l.cards) };
}
let last: { signature: string; byLesson: Map<string, LessonChecks> } | undefined;

/** What the result depends on: each lesson's slug, file and modification time. */
function signature(guide: Guide): string {
  return guide.lessons.map((lesson) => `${lesson.slug}\0${lesson.path}\0${statSync(lesson.path).mtimeMs}`).join('\n');
}

/**
 * Every lesson's self-check ids, keyed by lesson slug; lessons without any are absent.
 * Only for `astro dev` (a build takes the ids from its compile): the dev server reads the
 * guide afresh for every page, so lessons are parsed again only when a file has changed.
 */
export function checksByLesson(guide: Guide, contentDir: string): Map<string, LessonChecks> {
  const files = signature(guide);
  if (last?.signature === files) return last.byLesson;
  const byLesson = new Map<string, LessonChecks>();
  for (const lesson of guide.lessons) {
    if (lesson.format !== 'mdx') continue;
    // Derived ids include the slug the renderer derives them with; use the same one.
    const renderSlug = lessonSlug(relative(contentDir, lesson.path));
    const { checks } = analyseSource({ file: lesson.file, lesson: renderSlug, source: readFileSync(lesson.path, 'utf8') });
    if (checks.length > 0) byLesson.set(lesson.slug, idsOf(checks));
  }
  last = { signature: files, byLesson };
  return byLesson;
}

/** One lesson's self-check ids (empty lists when it has none). */
export function lessonChecks(guide: Guide, contentDir: string, slug: string): LessonChecks {
  return checksByLesson(guide, contentDir).get(slug) ?? NONE;
}

/** The ids of every question and flashcard in the guide, for the home page's total. */
export function guideChecks(guide: Guide, contentDir: string): LessonChecks {
  return allIds(checksByLesson(guide, contentDir).values());
}
