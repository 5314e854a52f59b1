/**
 * A first look at the stored exam attempts, before the runner loads: is there an attempt of
 * this exam to go back to, and which layout did the learner last choose? Unvalidated on
 * purpose, so the page's own script stays small: the runner, loaded only when there is an
 * attempt to resume or a test to start, reads the store properly (`../exam-storage.ts`), and a
 * malformed value only means the setup shows after all.
 */
import type { Layout } from '../attempt';

/** What the page needs to know before loading the runner. */
export interface Peek {
  layout?: Layout;
  /** The exam's saved attempt, if any: its seed, and whether it was submitted. */
  open?: { seed: unknown; submitted: boolean };
}

/** Peeks at the attempts stored under `key` for `exam`; never throws. */
export function peekExams(key: string, exam: string): Peek {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { layout?: unknown; open?: Record<string, { seed?: unknown; submittedAt?: unknown }> } | null;
    const open = stored?.open && Object.hasOwn(stored.open, exam) ? stored.open[exam] : undefined;
    return {
      ...(stored?.layout === 'one' || stored?.layout === 'all' ? { layout: stored.layout } : {}),
      ...(open ? { open: { seed: open.seed, submitted: open.submittedAt !== undefined } } : {}),
    };
  } catch {
    return {};
  }
}
