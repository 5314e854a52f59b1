/**
 * Build time: which questions and flashcards each lesson has, so pages can print a lesson's
 * totals ("3 of 7") and hand the progress badges the ids to count, without running any
 * self-check code in the browser of a lesson that has none.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Guide } from '../content/model';
import { lessonSlug } from '../checks/remark-self-checks';
import { validateLessonSources } from '../checks/validate-guide';

/** The ids of one lesson's self-checks, in document order. */
export interface LessonChecks {
  questions: string[];
  cards: string[];
}

const NONE: LessonChecks = { questions: [], cards: [] };
const cache = new WeakMap<Guide, Map<string, LessonChecks>>();
let last: { signature: string; byLesson: Map<string, LessonChecks> } | undefined;

/** What the result depends on: each lesson's slug, file and modification time. */
function signature(guide: Guide): string {
  return guide.lessons.map((lesson) => `${lesson.slug}\0${lesson.path}\0${statSync(lesson.path).mtimeMs}`).join('\n');
}

/**
 * Every lesson's self-check ids, keyed by lesson slug; lessons without any are absent.
 * A build reads the guide once, so this parses once; `astro dev` reads the guide afresh
 * for every page, so unchanged files are recognised and not parsed again.
 */
export function checksByLesson(guide: Guide, contentDir: string): Map<string, LessonChecks> {
  const known = cache.get(guide);
  if (known) return known;
  const files = signature(guide);
  if (last?.signature === files) {
    cache.set(guide, last.byLesson);
    return last.byLesson;
  }
  const byLesson = new Map<string, LessonChecks>();
  for (const lesson of guide.lessons) {
    if (lesson.format !== 'mdx') continue;
    // Derived ids include the slug the renderer derives them with; use the same one.
    const renderSlug = lessonSlug(relative(contentDir, lesson.path));
    const { checks } = validateLessonSources([{ file: lesson.file, lesson: renderSlug, source: readFileSync(lesson.path, 'utf8') }]);
    if (checks.length === 0) continue;
    const ids: LessonChecks = { questions: [], cards: [] };
    for (const check of checks) (check.kind === 'flashcard' ? ids.cards : ids.questions).push(check.id);
    byLesson.set(lesson.slug, ids);
  }
  cache.set(guide, byLesson);
  last = { signature: files, byLesson };
  return byLesson;
}

/** One lesson's self-check ids (empty lists when it has none). */
export function lessonChecks(guide: Guide, contentDir: string, slug: string): LessonChecks {
  return checksByLesson(guide, contentDir).get(slug) ?? NONE;
}

/** The ids of every question and flashcard in the guide, for the home page's total. */
export function guideChecks(guide: Guide, contentDir: string): LessonChecks {
  const lessons = [...checksByLesson(guide, contentDir).values()];
  return { questions: lessons.flatMap((l) => l.questions), cards: lessons.flatMap((l) => l.cards) };
}
