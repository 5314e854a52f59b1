/**
 * The self-check ids of the guide being built, for pages (see `lesson-checks.ts`). A build
 * takes them from its own compile of the lessons; `astro dev` reads the lessons
 * again so that edits show up without a restart.
 */
import { checksByLesson } from 'virtual:mnemo/checks';
import { paths } from 'virtual:mnemo/project';
import { getGuide } from '../guide';
import { allIds, guideChecks as allChecks, lessonChecks, type LessonChecks } from './lesson-checks';

const NONE: LessonChecks = { questions: [], cards: [] };

/** The question and flashcard ids of the lesson `slug`. */
export function checksOf(slug: string): LessonChecks {
  if (import.meta.env.DEV) return lessonChecks(getGuide(), paths.content, slug);
  return checksByLesson[slug] ?? NONE;
}

let all: LessonChecks | undefined;

/**
 * Every question and flashcard id of the guide. A build gathers them once: every page's header
 * asks (the due count), and gathering them per page made a build's time grow with the square
 * of its lessons.
 */
export function guideChecks(): LessonChecks {
  if (import.meta.env.DEV) return allChecks(getGuide(), paths.content);
  return (all ??= allIds(Object.values(checksByLesson)));
}
