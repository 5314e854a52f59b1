/**
 * The guide's exam attempts in this browser's `localStorage` (`studyKeys(base).exams`).
 */
import { studyKeys } from '../../lib/progress/keys';
import { createExamStorage, type ExamStorage } from '../exam-storage';

/** `localStorage`, or null where the browser blocks it (attempts then live only in the page). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The exam store of the guide at `base`; `onWriteFailure` hears of every save that failed. */
export function openExamStorage(base: string, onWriteFailure?: (error: unknown) => void): ExamStorage {
  return createExamStorage(browserStorage(), studyKeys(base).exams, onWriteFailure);
}

/** The storage key of the guide at `base`, to follow other tabs' changes (`storage` events). */
export const examKey = (base: string): string => studyKeys(base).exams;
