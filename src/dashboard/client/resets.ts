/**
 * The dashboard's resets: one section's results, ratings and review schedule, or everything
 * the guide keeps (progress, review, exam attempts). Every open page of the guide follows.
 */
import { openProgress } from '../../checks/client/progress';
import { pageStorage } from '../../learner-data/client/storage';
import { reportUnsaved } from '../../learner-data/client/unsaved';
import type { StudyKeys } from '../../lib/progress/keys';
import { createReviewStore } from '../../review/store';

/** Forgets the self-checks `ids` (a section's): their results, ratings and review states. */
export async function resetIds(keys: StudyKeys, ids: readonly string[]): Promise<void> {
  await openProgress(keys.progress).forget(ids);
  const review = createReviewStore(pageStorage, keys.review, reportUnsaved);
  // Only written when it holds one of them, so a reset never creates a value.
  if (ids.some((id) => Object.hasOwn(review.read().states, id))) review.forget(ids);
}

/** Forgets everything the guide keeps in this browser. Values kept aside as damaged stay. */
export async function resetAll(keys: StudyKeys): Promise<void> {
  for (const key of [keys.review, keys.exams]) {
    try {
      pageStorage.removeItem(key);
    } catch {
      // Blocked storage holds nothing to remove.
    }
  }
  await openProgress(keys.progress).clear();
}
