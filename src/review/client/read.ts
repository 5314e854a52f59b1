/**
 * Reading the guide's review and progress values as they are stored now, without the stores'
 * code: the every-page script (`watch.ts`) only counts and compares. Never throws.
 */
import * as config from 'virtual:mnemo/review';
import type { ReviewData } from '../session';
import { parseReviewData } from '../store';
import { readProgressRecords, type ProgressRecords } from '../unfolded';

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The review data as stored now; empty when there is none or it cannot be read. */
export function readReview(): ReviewData {
  const raw = get(config.reviewKey);
  return (raw === null ? undefined : parseReviewData(raw)?.data) ?? { states: {} };
}

/** The guide's progress as stored now, read tolerantly (any version). */
export function readProgress(): ProgressRecords {
  return readProgressRecords(get(config.progressKey));
}
