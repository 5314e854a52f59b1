import { expect, type Locator, type Page } from '@playwright/test';
import { studyKeys } from '../../src/lib/progress/keys';
import { siteUrl } from '../support/sites';

/** A page of the review fixture (e2e/fixtures/spaced: 4 flashcards, 2 questions, `newPerDay: 3`). */
export const at = (path = '') => siteUrl('spaced', path);
/** Where that guide keeps the learner's data. */
export const KEYS = studyKeys('/spaced/');
/** Every study day of these tests is in Berlin: a day starts at 04:00 there. */
export const ZONE = 'Europe/Berlin';
/** Monday 5 January 2026, 10:00 in Berlin. */
export const MONDAY = new Date('2026-01-05T10:00:00+01:00');
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** The review widget and its controls, found as a screen-reader user would. */
export function review(page: Page) {
  const root = page.locator('mnemo-review');
  return {
    root,
    stage: root.getByRole('group', { name: /from “/ }),
    counts: root.locator('[data-counts]'),
    lesson: root.getByRole('link'),
    front: root.locator('.mn-card__prompt'),
    // The widget's own button, not a question's "Show answer".
    reveal: root.locator('[data-controls]').getByRole('button', { name: 'Show answer', exact: true }),
    rating: (name: 'Again' | 'Hard' | 'Good' | 'Easy') => root.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button', { name: new RegExp(`^${name},`) }),
    next: root.getByRole('button', { name: 'Next item' }),
    note: root.locator('[data-note]'),
    done: root.getByRole('heading', { name: 'Nothing more to review for now' }),
    doneText: root.locator('[data-done]'),
    status: root.locator('[data-status]'),
  };
}

/** The header's link to the review page, and its count. */
export function header(page: Page) {
  const link = page.getByRole('banner').getByRole('link', { name: /^Review( \d+ items? due)?$/ });
  return { link, count: link.locator('[data-count]') };
}

/** Waits until the header's count shows `count` items due (0: no count shown). */
export async function expectDue(page: Page, count: number): Promise<void> {
  const { link, count: badge } = header(page);
  if (count === 0) {
    await expect(link).toHaveAccessibleName('Review');
    await expect(badge).toBeHidden();
  } else {
    await expect(link).toHaveAccessibleName(`Review ${count} ${count === 1 ? 'item' : 'items'} due`);
    await expect(badge).toHaveText(String(count));
  }
}

/** Opens the review page and waits for its first item (or the end of a session). */
export async function openReview(page: Page): Promise<ReturnType<typeof review>> {
  await page.goto(at('review/'));
  const r = review(page);
  await expect(r.stage.or(r.done)).toBeVisible();
  return r;
}

/** The stored review data of the fixture guide. */
export function stored(page: Page): Promise<{ v: number; states: Record<string, { phase: string; reps: number; due: number; scheduledDays: number }>; newCards?: { ids: string[] } } | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEYS.review);
}

/** Presses Tab until `target` has focus (at most `max` times). */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
