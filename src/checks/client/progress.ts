/**
 * The browser's side of saved progress: the guide's store over the page's storage, announcing
 * every change (events.ts) so every badge, question and card on the page follows it. Each
 * element carries its store key in `data-store`: the key depends on the guide's base,
 * which only the server knows. A save the browser refuses is kept for this page and reported,
 * so the page says that progress is not being kept (`learner-data/client/`).
 */
import { pageStorage } from '../../learner-data/client/storage';
import { reportUnsaved } from '../../learner-data/client/unsaved';
import { createProgressStore, type ProgressStore } from '../../lib/progress/store';
import { announceProgress } from './events';

/** The store for `key`; every change it makes is announced. */
export function openProgress(key: string): ProgressStore {
  const store = createProgressStore(pageStorage, key, { onWriteFailure: reportUnsaved });
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
