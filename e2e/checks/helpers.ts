import { expect, type Locator, type Page } from '@playwright/test';
import { progressKey } from '../../src/lib/progress/store';
import { siteUrl } from '../support/sites';

/** A page of the self-checks fixture site (e2e/fixtures/checks), served under `/checks/`. */
export const at = (path = '') => siteUrl('checks', path);
/** A page of the fixture guide with `shuffle: true` (e2e/fixtures/checks-shuffle). */
export const shuffled = (path = '') => siteUrl('checks-shuffle', path);
/** Where the checks fixture keeps its progress. */
export const STORE_KEY = progressKey('/checks/');

/** A question and its controls, found by role as a screen-reader user would. */
export function question(page: Page, id: string) {
  const root = page.locator(`mnemo-question#${id}`);
  return {
    root,
    check: root.getByRole('button', { name: 'Check', exact: true }),
    retry: root.getByRole('button', { name: /^(Try again|Answer again)$/ }),
    reveal: root.getByRole('button', { name: 'Show answer', exact: true }),
    hint: root.getByRole('button', { name: /hint/i }),
    status: root.getByRole('status'),
    outcome: root.locator('.mn-question__outcome'),
    earlier: root.locator('.mn-question__earlier'),
    radio: (name: string) => root.getByRole('radio', { name, exact: true }),
    checkbox: (name: string) => root.getByRole('checkbox', { name, exact: true }),
    answer: root.getByRole('textbox'),
    /** The feedback paragraph of the choice labelled `name`. */
    feedback: (name: string) => root.locator('.mn-choice', { has: page.getByText(name, { exact: true }) }).locator('.mn-choice__feedback'),
  };
}

/** Waits until the question's script has made it answerable. */
export async function ready(q: { check: Locator }): Promise<void> {
  await expect(q.check).toBeVisible();
}

/** The saved progress of the fixture guide, parsed (null when nothing is saved). */
export function saved(page: Page): Promise<{ questions: Record<string, { result: string }>; cards: Record<string, { got: number; again: number; last: string }> } | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORE_KEY);
}

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
