/**
 * What a submitted attempt leaves in the learner's other study data: each answered question's
 * result in progress (lesson pages show it; "focus on my weak spots" reads it), and each
 * question answered wrong scheduled for review (`answerOutsideReview`). Loaded only on submit,
 * since the review schedule brings in FSRS.
 */
import { openProgress } from '../../checks/client/progress';
import type { StudyKeys } from '../../lib/progress/keys';
import { DEFAULT_REVIEW_SETTINGS } from '../../review/defaults';
import { answerOutsideReview } from '../../review/session';
import { createReviewStore } from '../../review/store';
import type { Outcome } from '../score';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Records the outcomes of a submitted attempt at `now` (ms). Unanswered questions are left out
 * of both: nothing was recalled or got wrong, and the results page lists them as missed.
 */
export function feedStudy(keys: StudyKeys, outcomes: Readonly<Record<string, Outcome>>, now: number): void {
  const answered = Object.entries(outcomes).filter((entry): entry is [string, 'right' | 'wrong'] => entry[1] !== 'unanswered');
  const progress = openProgress(keys.progress);
  for (const [id, outcome] of answered) progress.recordResult(id, outcome);
  const wrong = answered.filter(([, outcome]) => outcome === 'wrong').map(([id]) => id);
  if (!wrong.length) return;
  // The guide's own retention only changes intervals after the first review; a first Again is
  // a learning step whatever it is.
  createReviewStore(browserStorage(), keys.review).update((data) =>
    wrong.reduce((next, id) => answerOutsideReview(next, id, { result: 'wrong', hinted: false }, now, DEFAULT_REVIEW_SETTINGS), data),
  );
}
