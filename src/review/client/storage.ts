/**
 * The guide's review store over `localStorage`, each change announced on the page's progress
 * event (`checks/client/events.ts`, under the review key) so the header's count follows.
 */
import * as config from 'virtual:mnemo/review';
import { announceProgress } from '../../checks/client/events';
import { createReviewStore, type ReviewStore } from '../store';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The guide's review store; every change it makes is announced. */
export function openReview(onWriteFailure?: (error: unknown) => void): ReviewStore {
  const store = createReviewStore(browserStorage(), config.reviewKey, onWriteFailure);
  const announce = () => announceProgress({ key: config.reviewKey });
  return {
    read: store.read,
    update(change) {
      const data = store.update(change);
      announce();
      return data;
    },
    forget(ids) {
      store.forget(ids);
      announce();
    },
    clear() {
      store.clear();
      announce();
    },
  };
}
