import { expect, type Locator, type Page } from '@playwright/test';
import { at, question } from './helpers';

/** The lesson of the checks fixture with every kind of question (e2e/fixtures/checks/drills/more-kinds.mdx). */
export const MORE_KINDS = at('drills/more-kinds/');

/** The steps of `release-order`, in the right order. */
export const STEPS = [
  'Deploy the new version to the idle environment.',
  'Run smoke tests against the idle environment.',
  'Switch the router to the idle environment.',
  'Keep the old environment until the release is trusted.',
];

/** The pairs of `probe-match`: prompt and answer. */
export const PAIRS: [string, string][] = [
  ['Liveness', 'Restart the container.'],
  ['Readiness', 'Stop sending it traffic.'],
  ['Startup', 'Hold the other probes back.'],
];

/** An ordering question and its parts, found by role where a learner would find them. */
export function orderQuestion(page: Page, id: string) {
  const q = question(page, id);
  const items = q.root.getByRole('list').first().getByRole('listitem');
  return {
    ...q,
    items,
    /** The step texts as shown, top to bottom. */
    shown: () => q.root.locator('.mn-steps .mn-step__text').allTextContents(),
    /** The step whose text is `text`. */
    item: (text: string) => items.filter({ hasText: text }),
    up: (text: string) => items.filter({ hasText: text }).getByRole('button', { name: 'Move up' }),
    down: (text: string) => items.filter({ hasText: text }).getByRole('button', { name: 'Move down' }),
    marks: q.root.locator('.mn-steps .mn-step__mark'),
  };
}

/** Puts the steps of an ordering question in `order` (texts, top to bottom) with the "Move up" buttons. */
export async function arrangeByMouse(q: ReturnType<typeof orderQuestion>, order: readonly string[]): Promise<void> {
  for (const [position, text] of order.entries()) {
    for (let at = (await q.shown()).indexOf(text); at > position; at--) {
      await q.up(text).click();
      await expect.poll(async () => (await q.shown()).indexOf(text)).toBe(at - 1);
    }
  }
}

/** Whether `target` has focus now. */
export const focused = (target: Locator) => target.evaluate((element) => element === document.activeElement);
