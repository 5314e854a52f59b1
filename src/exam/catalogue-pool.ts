/**
 * The drawable questions of a built guide, from its catalogue index (`_mnemo/catalogue.json`),
 * and the learner's history for "focus on my weak spots", from saved progress. Pure and
 * browser-safe: exam pages and the practice page run these before drawing.
 */
import type { CatalogueIndex } from '../checks/catalogue/write';
import type { LastResult } from './draw';
import type { PoolItem } from './pool';

/**
 * The slug of the section holding the lesson at `slug`: its slug without the last segment
 * (a lesson's slug is its section's slug plus its own name, `src/lib/content/model.ts`).
 * @example sectionOfLesson('releasing/advanced/flags') // 'releasing/advanced'
 * @example sectionOfLesson('intro') // ''
 */
export function sectionOfLesson(slug: string): string {
  const cut = slug.lastIndexOf('/');
  return cut === -1 ? '' : slug.slice(0, cut);
}

/** A pool item with the top-level section its score is counted under. */
export interface IndexedQuestion extends PoolItem {
  /** The lesson's top-level section slug ('' at the top of the guide), as the index gives it. */
  top: string;
}

/**
 * Every question of the guide in guide order, leaving out the lessons in `exclude` (exam
 * pages, whose questions belong to their own exam). The order matches the build's
 * `guidePool`, which the seeded draw depends on.
 * @example selectPool(poolFromIndex(index, ['exams/final']), { sections: ['releasing'], tags: [] })
 */
export function poolFromIndex(index: Pick<CatalogueIndex, 'lessons'>, exclude: readonly string[] = []): IndexedQuestion[] {
  const skip = new Set(exclude);
  return index.lessons
    .filter((lesson) => !skip.has(lesson.slug))
    .flatMap((lesson) =>
      lesson.questions.map((id) => ({ id, lesson: lesson.slug, section: sectionOfLesson(lesson.slug), top: lesson.section, tags: lesson.tags })),
    );
}

/**
 * Where each question of the index was written, by id: its lesson and top-level section.
 * Exam pages' own questions included, since an attempt may hold them.
 */
export function questionPlaces(index: Pick<CatalogueIndex, 'lessons'>): Map<string, { lesson: string; section: string }> {
  const places = new Map<string, { lesson: string; section: string }>();
  for (const lesson of index.lessons) for (const id of lesson.questions) places.set(id, { lesson: lesson.slug, section: lesson.section });
  return places;
}

/**
 * The learner's last result per question, from saved progress: a revealed answer counts as
 * wrong, since the learner did not recall it (as the review schedule counts it).
 * @example weakSpotHistory({ a: { result: 'revealed' }, b: { result: 'right' } }) // { a: 'wrong', b: 'right' }
 */
export function weakSpotHistory(questions: Readonly<Record<string, { result: string } | undefined>>): Record<string, LastResult> {
  const history: Record<string, LastResult> = Object.create(null);
  for (const [id, record] of Object.entries(questions)) if (record) history[id] = record.result === 'right' ? 'right' : 'wrong';
  return history;
}
