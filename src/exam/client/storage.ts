/**
 * The guide's exam attempts in this browser's `localStorage` (`studyKeys(base).exams`).
 */
import { createExamStorage, type ExamStorage } from '../exam-storage';

/** `localStorage`, or null where the browser blocks it (attempts then live only in the page). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The exam store under `key`; `onWriteFailure` hears of every save that failed. */
export function openExamStorage(key: string, onWriteFailure?: (error: unknown) => void): ExamStorage {
  return createExamStorage(browserStorage(), key, onWriteFailure);
}
