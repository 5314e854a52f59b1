/**
 * The guide's reviewable items, from the catalogue's index: every flashcard in guide order,
 * and every question the learner has put into review; and the lesson each item comes from.
 */
import type { CatalogueIndex } from '../../checks/catalogue/write';
import type { ReviewData } from '../session';
import type { ReviewState } from '../state';

/** One lesson, as the review page names and links it. */
export interface LessonRef {
  slug: string;
  title: string;
}

/** What the review page knows of the guide's items. */
export interface GuideItems {
  /** Every self-check id of the guide. */
  known: ReadonlySet<string>;
  /** The items to review in guide order: all flashcards, and the questions with a started state. */
  order(states: Readonly<Record<string, ReviewState>>): string[];
  /** The lesson an item comes from. */
  lessonOf(id: string): LessonRef | undefined;
}

/** The guide's items from the catalogue `index`. */
export function guideItems(index: CatalogueIndex): GuideItems {
  const lessons = new Map<string, LessonRef>();
  for (const lesson of index.lessons) {
    const ref = { slug: lesson.slug, title: lesson.title };
    for (const id of [...lesson.cards, ...lesson.questions]) lessons.set(id, ref);
  }
  return {
    known: new Set(lessons.keys()),
    order: (states) =>
      index.lessons.flatMap((lesson) => [
        ...lesson.cards,
        ...lesson.questions.filter((id) => Object.hasOwn(states, id) && states[id]!.phase !== 'new'),
      ]),
    lessonOf: (id) => lessons.get(id),
  };
}

/**
 * The data with `missing` listing the ids that hold a state but are not in `known`: the header
 * then leaves them out of its count. The same data when that list has not changed.
 */
export function markMissing(data: ReviewData, known: ReadonlySet<string>): ReviewData {
  const missing = Object.keys(data.states).filter((id) => !known.has(id)).sort();
  const before = data.missing ?? [];
  if (missing.length === before.length && missing.every((id, n) => id === before[n])) return data;
  const { missing: _, ...rest } = data;
  return missing.length ? { ...rest, missing } : rest;
}
