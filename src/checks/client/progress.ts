/**
 * The browser's side of saved progress: the guide's store over `localStorage`, announcing
 * every change (events.ts) so every badge, question and card on the page follows it. Each
 * element carries its store key in `data-store`: the key depends on the guide's base,
 * which only the server knows.
 */
import { createProgressStore, type ProgressStore } from '../../lib/progress/store';
import { announceProgress } from './events';

/** `localStorage`, or null where the browser blocks it (progress is then not kept). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The store for `key`; every change it makes is announced. */
export function openProgress(key: string): ProgressStore {
  const store = createProgressStore(browserStorage(), key);
  return {
    read: store.read,
    recordResult(id, result, hinted) {
      store.recordResult(id, result, hinted);
      announceProgress({ key });
    },
    rateCard(id, rating) {
      const record = store.rateCard(id, rating);
      announceProgress({ key });
      return record;
    },
    forget(ids) {
      store.forget(ids);
      announceProgress({ key, reset: ids });
    },
    clear() {
      store.clear();
      announceProgress({ key, reset: 'all' });
    },
  };
}
