import { expect, type Locator, type Page } from '@playwright/test';
import { studyKeys } from '../../src/lib/progress/keys';
import { siteUrl } from '../support/sites';

/** A page of the exams fixture site (e2e/fixtures/exams), served under `/exams/`. */
export const at = (path = '') => siteUrl('exams', path);
/** The fixture guide's storage keys. */
export const KEYS = studyKeys('/exams/');

/** How to answer each question of the fixture right: the choices to pick, or the text to type. */
export const RIGHT: Record<string, string[] | { type: string }> = {
  'pick-canary': ['Canary release'],
  'pick-immutable': ['Bake a new image for every change', 'Replace servers instead of patching them'],
  'type-strategy': { type: 'blue-green' },
  'type-percent': { type: '5' },
  'probe-liveness': ['Liveness'],
  'probe-readiness': ['Readiness'],
  'probe-startup': ['Startup'],
  'probe-rollback': ['Roll back to the last good version'],
  'own-rollback-first': ['Roll back'],
};

/** A wrong answer to each question of the fixture. */
export const WRONG: Record<string, string[] | { type: string }> = {
  'pick-canary': ['Recreate'],
  'pick-immutable': ['Patch packages over SSH'],
  'type-strategy': { type: 'canary' },
  'type-percent': { type: '50' },
  'probe-liveness': ['Readiness'],
  'probe-readiness': ['Liveness'],
  'probe-startup': ['Readiness'],
  'probe-rollback': ['Keep sending it traffic'],
  'own-rollback-first': ['Debug in production'],
};

/** The exam widget's parts, found by role as a screen-reader user finds them. */
export function exam(page: Page) {
  const paper = page.locator('.mn-exam__paper');
  return {
    start: page.getByRole('button', { name: /^Start the (exam|test)$/ }),
    status: page.locator('.mn-exam__status'),
    navigator: page.getByRole('navigation', { name: 'Question list' }),
    next: page.getByRole('button', { name: 'Next question' }),
    previous: page.getByRole('button', { name: 'Previous question' }),
    submit: page.getByRole('button', { name: 'Submit answers' }),
    clock: page.getByRole('timer'),
    switcher: paper.locator('.mn-exam__switch'),
    /** The visible questions' sections, in order. */
    questions: paper.locator('.mn-exam__question:visible'),
    dialog: page.getByRole('dialog', { name: 'Submit your answers?' }),
    results: page.getByRole('heading', { name: 'Your result' }),
  };
}

/** The ids of the attempt's questions, in the order shown (all of them, visible or not). */
export function questionIds(page: Page): Promise<string[]> {
  return page.locator('.mn-exam__question .mn-exam__check').evaluateAll((els) => els.map((el) => el.id));
}

/** The focused element's accessible text: its label's text for an input, else its own. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
  });
const focusedType = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? '');

/**
 * Answers the question in `box` with the keyboard alone: Tab into its answer, then arrow keys
 * and Space for choices, typing for a typed answer. Focus must be at or before the question.
 */
export async function answerByKeyboard(page: Page, box: Locator, answer: string[] | { type: string }): Promise<void> {
  const first = box.locator('input').first();
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el.closest('.mn-exam__check')!.contains(document.activeElement))); i++) await page.keyboard.press('Tab');
  if (!Array.isArray(answer)) {
    await page.keyboard.type(answer.type);
    return;
  }
  if ((await focusedType(page)) === 'radio') {
    // Arrow keys move and select within a radio group; Space selects the focused radio.
    for (let i = 0; i < 6 && (await focusedText(page)) !== answer[0]; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    return;
  }
  const count = await box.locator('input').count();
  for (let i = 0; i < count; i++) {
    if (answer.includes(await focusedText(page))) await page.keyboard.press('Space');
    if (i < count - 1) await page.keyboard.press('Tab');
  }
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The saved exam attempts of the fixture guide. */
export function savedExams(page: Page): Promise<{ open: Record<string, { drawn: string[]; answers: Record<string, unknown>; flags: string[]; submittedAt?: number }>; results: { exam: string; right: number; total: number; missed: string[] }[] }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEYS.exams);
}
