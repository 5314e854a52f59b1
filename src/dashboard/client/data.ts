/**
 * Reading the guide's learner data for the dashboard, through the page's storage (so what this
 * page could not save shows too). Reading progress through its store moves progress saved by
 * an earlier version of Mnemo to its current key first.
 */
import { emptyExamStore, parseExamStore, type ExamStore } from '../../exam/attempt-store';
import { pageStorage } from '../../learner-data/client/storage';
import { reportUnsaved } from '../../learner-data/client/unsaved';
import type { StudyKeys } from '../../lib/progress/keys';
import type { Progress } from '../../lib/progress/schema';
import { createProgressStore } from '../../lib/progress/store';
import { parseReviewData } from '../../review/store';
import type { ReviewState } from '../../review/state';

/** Everything the dashboard shows, as read now. */
export interface LearnerData {
  progress: Progress;
  states: Record<string, ReviewState>;
  exams: ExamStore;
}

const read = (key: string): string | null => {
  try {
    return pageStorage.getItem(key);
  } catch {
    return null;
  }
};

/** The learner data stored under `keys`; anything unreadable reads as nothing. */
export function readLearnerData(keys: StudyKeys): LearnerData {
  const review = read(keys.review);
  const exams = read(keys.exams);
  return {
    progress: createProgressStore(pageStorage, keys.progress, { onWriteFailure: reportUnsaved }).read(),
    states: (review === null ? undefined : parseReviewData(review)?.data.states) ?? {},
    exams: (exams === null ? undefined : parseExamStore(exams)) ?? emptyExamStore(),
  };
}
