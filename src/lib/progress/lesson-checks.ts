/**
 * Which questions and flashcards each lesson has, so pages can print a lesson's totals
 * ("3 of 7") and hand the progress badges the ids to count, without running any self-check
 * code in the browser of a lesson that has none.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { analyseSource } from '../../checks/build/validate-guide';
import type { CheckSpec } from '../../checks/schema';
import type { Guide } from '../content/model';

/** The ids of one lesson's self-checks, in document order. */
export interface LessonChecks {
  questions: string[];
  cards: string[];
}

const NONE: LessonChecks = { questions: [], cards: [] };

/** The question and flashcard ids of `checks`, in their order. */
function idsOf(checks: readonly CheckSpec[]): LessonChecks {
  const ids: LessonChecks = { questions: [], cards: [] };
  for (const check of checks) (check.kind === 'flashcard' ? ids.cards : ids.questions).push(check.id);
  return ids;
}

/** The question and flashcard ids of `checks`, by the slug of their lesson. */
export function idsByLesson(checks: readonly CheckSpec[]): Record<string, LessonChecks> {
  const byLesson = new Map<string, CheckSpec[]>();
  for (const check of checks) {
    const list = byLesson.get(check.lesson);
    if (list) list.push(check);
    else byLesson.set(check.lesson, [check]);
  }
  return Object.fromEntries([...byLesson].map(([lesson, list]) => [lesson, idsOf(list)]));
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
    const guideFile = relative(contentDir, lesson.path).split(sep).join('/');
    const { checks } = analyseSource({ file: lesson.file, guideFile, lesson: lesson.slug, source: readFileSync(lesson.path, 'utf8') });
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
