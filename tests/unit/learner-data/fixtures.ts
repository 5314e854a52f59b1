import { toResult } from '../../../src/exam/attempt';
import { emptyExamStore } from '../../../src/exam/attempt-store';
import { studyKeys } from '../../../src/lib/progress/keys';
import { createProgressStore } from '../../../src/lib/progress/store';
import { rateItem } from '../../../src/review/session';
import { createReviewStore } from '../../../src/review/store';
import type { GuideIdentity } from '../../../src/learner-data/identity';
import { openAttempt, START } from '../exam/fixtures';

export const GUIDE: GuideIdentity = { id: 'deployment-fundamentals', title: 'Deployment fundamentals', base: '/guide/' };
export const KEYS = studyKeys(GUIDE.base);
const UTC = () => 0;

/** A Web Storage stand-in over a map; `failOn` makes writes of those keys throw as a full storage does. */
export function memory(initial: Record<string, string> = {}, failOn: (key: string) => boolean = () => false) {
  const data = new Map(Object.entries(initial));
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (failOn(k)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  return { data, storage };
}

/** A finished attempt of `exam` submitted at `at`. */
export const finished = (id: string, at: number, exam = 'exams/final') =>
  toResult(openAttempt({ id, exam, submittedAt: at }), { right: 2, total: 3, percent: 66, passed: false, sections: [{ section: 'foundations', right: 2, total: 3, percent: 66 }], timeTakenMs: 60_000, missed: ['q-2'] }, 70);

/** One learner's data as their stores wrote it: a few results and ratings, review states, an open attempt and two finished ones. */
export function learnerData(at = START) {
  const { data, storage } = memory();
  let clock = at;
  const progress = createProgressStore(storage, KEYS.progress, () => (clock += 1000));
  progress.recordResult('q-1', 'right');
  progress.recordResult('q-2', 'wrong', true);
  progress.rateCard('card-a', 'got');
  progress.rateCard('card-a', 'again');
  createReviewStore(storage, KEYS.review).update((d) => rateItem(rateItem(d, 'card-a', 'good', at, { retention: 0.9 }, UTC), 'q-2', 'again', at + 5000, { retention: 0.9 }, UTC));
  // Written as the exam page writes it: the fixture's own key order, not the reader's.
  const exams = { ...emptyExamStore(), open: { 'exams/final': openAttempt() }, results: [finished('res00002', at + 2), finished('res00001', at + 1)] };
  data.set(KEYS.exams, JSON.stringify(exams));
  return data;
}
