/**
 * The storage every learner-data store of a page uses: `localStorage`, with this page's
 * memory behind it. A value the browser refuses to save (storage full, blocked, a private
 * window without storage) is kept in memory and read back in its place, so the page keeps
 * working and an export still holds everything the learner did here; the failure is thrown on,
 * so the store reports it (`reportUnsaved`).
 */
import { unsaved } from './unsaved';

/** `localStorage`, or null where the browser blocks it (reading the property throws). */
function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The page's storage, with the part of the Web Storage API the stores use.
 * @example createProgressStore(pageStorage, key, { onWriteFailure: reportUnsaved })
 */
export const pageStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem(key) {
    const { values } = unsaved();
    return values.has(key) ? values.get(key)! : (local()?.getItem(key) ?? null);
  },
  setItem(key, value) {
    const { values } = unsaved();
    try {
      const storage = local();
      if (!storage) throw new Error('This browser gives the page no storage.');
      storage.setItem(key, value);
      values.delete(key);
    } catch (error) {
      values.set(key, value);
      throw error;
    }
  },
  removeItem(key) {
    unsaved().values.delete(key);
    local()?.removeItem(key);
  },
};
