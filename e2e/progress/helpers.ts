import { expect, type Page } from '@playwright/test';
import { toResult } from '../../src/exam/attempt';
import { studyKeys } from '../../src/lib/progress/keys';
import { siteUrl } from '../support/sites';

/** A page of the progress fixture guide (e2e/fixtures/progress), served under `/progress/`. */
export const at = (path = '') => siteUrl('progress', path);
/** The dashboard's address. */
export const DASHBOARD = at('progress/');
/** Where the fixture keeps each value. */
export const KEYS = studyKeys('/progress/');
/** The pages' clock in tests that need one: Monday 4 May 2026, 10:00 UTC. */
export const NOW = Date.UTC(2026, 4, 4, 10, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A stored progress value with these results (question id to result) and "got it" cards, all at `NOW` less an hour. */
export function progressValue(questions: Record<string, 'right' | 'wrong' | 'revealed'>, known: string[] = [], at = NOW - HOUR): string {
  return JSON.stringify({
    v: 2,
    questions: Object.fromEntries(Object.entries(questions).map(([id, result]) => [id, { result, at, attempts: 1 }])),
    cards: Object.fromEntries(known.map((id) => [id, { again: 0, got: 1, last: 'got', at }])),
  });
}

/**
 * A stored review value in the review store's shape: a card in review, last rated yesterday with
 * a 3-day interval (so due on Wednesday, in UTC), and a question missed an hour ago, due again
 * in ten minutes (today).
 */
export function reviewValue(): string {
  const memory = { stability: 3.2, difficulty: 5, learningStep: 0, lapses: 0 };
  return JSON.stringify({
    v: 1,
    states: {
      'card-primary': { phase: 'review', due: NOW + 2 * DAY, ...memory, scheduledDays: 3, reps: 3, lastReview: NOW - DAY },
      'closest-planet': { phase: 'learning', due: NOW - HOUR + 600_000, ...memory, scheduledDays: 0, reps: 1, lastReview: NOW - HOUR },
    },
  });
}

/** A stored exam value: two attempts of the `Planets` lesson taken as an exam, then a practice test. */
export function examsValue(): string {
  const attempt = (id: string, exam: string, submittedAt: number) => ({
    id, exam, seed: 'k3j9x0ab', drawn: ['sky-colour', 'closest-planet', 'largest-planet'], answers: {}, flags: [],
    startedAt: submittedAt - 600_000, layout: 'one' as const, updatedAt: submittedAt, submittedAt,
  });
  const score = (right: number, missed: string[]) => ({ right, total: 3, percent: Math.floor((right * 100) / 3), passed: right * 100 >= 70 * 3, sections: [], timeTakenMs: 600_000, missed });
  const results = [
    toResult(attempt('res00003', 'practice', NOW - DAY), score(3, []), 70),
    toResult(attempt('res00002', 'advanced/planets', NOW - 2 * DAY), score(2, ['largest-planet']), 70),
    toResult(attempt('res00001', 'advanced/planets', NOW - 3 * DAY), score(1, ['sky-colour', 'largest-planet']), 70),
  ];
  return JSON.stringify({ v: 1, open: {}, results });
}

/** Stores `values` (key to raw string) for the fixture guide, then opens `path`. */
export async function seed(page: Page, values: Record<string, string>, path = DASHBOARD): Promise<void> {
  await page.goto(at());
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(values));
  await page.goto(path);
}

/** The three stored values of the fixture guide, raw (null when absent). */
export function stored(page: Page): Promise<{ progress: string | null; review: string | null; exams: string | null }> {
  return page.evaluate((keys) => ({ progress: localStorage.getItem(keys.progress), review: localStorage.getItem(keys.review), exams: localStorage.getItem(keys.exams) }), KEYS);
}

/** The dashboard's parts, found by their headings as a screen-reader user would. */
export function dashboard(page: Page) {
  const part = (name: string) => page.getByRole('region', { name, exact: true });
  return {
    overview: part('Overview'),
    weakest: part('Weakest topics'),
    due: part('Cards due'),
    exams: part('Exams and practice tests'),
    sections: part('Sections and lessons'),
    keep: part('Keep your progress'),
    section: (title: string) => part('Sections and lessons').locator('.mn-dash__section', { has: page.getByRole('heading', { name: title, exact: true }) }),
    dialog: page.getByRole('dialog'),
  };
}

/** Waits until the dashboard has read the learner's data and drawn it. */
export async function loaded(page: Page): Promise<void> {
  await expect(dashboard(page).overview).toContainText('self-checks answered');
}
