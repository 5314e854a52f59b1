/**
 * The storage keys of one guide's learner data in the browser, all under `mnemo:` and
 * distinct per guide on one origin by the guide's base path. Each value carries its own
 * version. An export of a learner's progress holds every one of them.
 */
import { progressKey } from './store';

/** The keys of the guide served at `base`. */
export interface StudyKeys {
  /** Question results and flashcard ratings (`store.ts`). */
  progress: string;
  /** Spaced-repetition state of each item and the day's new cards (`src/review/`). */
  review: string;
  /** Exam and practice-test attempts, open and finished (`src/exam/attempt-store.ts`). */
  exams: string;
}

/**
 * Every key of the guide at `base`.
 * @example studyKeys('/guide/').review // 'mnemo:review:/guide/'
 */
export function studyKeys(base: string): StudyKeys {
  return { progress: progressKey(base), review: `mnemo:review:${base}`, exams: `mnemo:exams:${base}` };
}
