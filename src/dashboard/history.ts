/**
 * Past exam and practice-test attempts as the dashboard lists and charts them: oldest first,
 * each named after its exam page (or the practice test) and linked to it. Pure and browser-safe.
 */
import { PRACTICE, type AttemptResult } from '../exam/attempt';
import type { Index } from './summary';

/** One finished attempt, as a row of the table and a column of the chart. */
export interface AttemptRow {
  id: string;
  /** The exam page's title, or `practiceTitle` for a practice test; the slug when the page is gone. */
  title: string;
  /** The page to link: the exam page's slug, or `practice`. */
  link: string;
  /** Submit time, ms since the epoch. */
  submittedAt: number;
  right: number;
  total: number;
  /** Whole percent, rounded down as scored. */
  percent: number;
  passed: boolean;
  passMark: number;
}

/**
 * The attempts `results` (any order) as rows, oldest first.
 * @example attemptRows(store.results, index, 'Practice test')[0].title // 'Practice exam 1'
 */
export function attemptRows(results: readonly AttemptResult[], index: Pick<Index, 'lessons'>, practiceTitle: string): AttemptRow[] {
  const titles = new Map(index.lessons.map((lesson) => [lesson.slug, lesson.title]));
  return [...results]
    .sort((a, b) => a.submittedAt - b.submittedAt)
    .map((r) => ({
      id: r.id,
      title: r.exam === PRACTICE ? practiceTitle : (titles.get(r.exam) ?? r.exam),
      link: r.exam,
      submittedAt: r.submittedAt,
      right: r.right,
      total: r.total,
      percent: r.percent,
      passed: r.passed,
      passMark: r.passMark,
    }));
}
