/**
 * What the practice page offers to choose from: the guide's top-level sections that hold
 * questions a test can draw, with how many, and the topics (tags) of lessons with questions.
 * Build-time; exam pages' own questions are left out, as from every draw.
 */
import type { Guide } from '../../lib/content/model';
import { inSection } from '../pool';

/** The practice page's choices. */
export interface PracticeChoices {
  sections: { slug: string; title: string; count: number }[];
  /** Tags in the order lessons first use them. */
  tags: string[];
  /** Every drawable question of the guide. */
  pool: number;
}

/**
 * The choices of a guide whose lessons hold the questions `questionsOf(slug)` gives.
 * @example practiceChoices(guide, (slug) => checksOf(slug).questions.length)
 */
export function practiceChoices(guide: Guide, questionsOf: (slug: string) => number): PracticeChoices {
  const lessons = guide.lessons.filter((lesson) => !lesson.exam).map((lesson) => ({ lesson, count: questionsOf(lesson.slug) })).filter((l) => l.count > 0);
  const sections = guide.root.children
    .filter((child) => child.kind === 'section')
    .map((section) => ({
      slug: section.slug,
      title: section.title,
      count: lessons.filter(({ lesson }) => inSection(lesson.section, section.slug)).reduce((n, l) => n + l.count, 0),
    }))
    .filter((section) => section.count > 0);
  const tags = [...new Set(lessons.flatMap(({ lesson }) => lesson.tags))];
  return { sections, tags, pool: lessons.reduce((n, l) => n + l.count, 0) };
}
