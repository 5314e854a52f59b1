import type { OpenAttempt } from '../../../src/exam/attempt';

/** A fixed start time: Monday 6 January 2025, 09:00 UTC. */
export const START = Date.UTC(2025, 0, 6, 9, 0, 0);

/** A timed open attempt of `exams/final` with two answers and a flag; `over` replaces fields. */
export const openAttempt = (over: Partial<OpenAttempt> = {}): OpenAttempt => ({
  id: 'att00001', exam: 'exams/final', seed: 'k3j9x0ab', drawn: ['q-1', 'q-2', 'q-3'],
  answers: { 'q-1': { picked: [0, 2] }, 'q-3': 'canary' }, flags: ['q-2'],
  startedAt: START, timeLimit: 40, layout: 'all', updatedAt: START + 60_000, ...over,
});
