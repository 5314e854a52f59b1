/**
 * The self-check ids of the guide being built, for pages (see `lesson-checks.ts`).
 */
import { paths } from 'virtual:mnemo/project';
import { getGuide } from '../guide';
import { guideChecks as allChecks, lessonChecks, type LessonChecks } from './lesson-checks';

/** The question and flashcard ids of the lesson `slug`. */
export function checksOf(slug: string): LessonChecks {
  return lessonChecks(getGuide(), paths.content, slug);
}

/** Every question and flashcard id of the guide. */
export function guideChecks(): LessonChecks {
  return allChecks(getGuide(), paths.content);
}
