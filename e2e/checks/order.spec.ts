import { expect, test } from '@playwright/test';
import { ready, saved, tabTo } from './helpers';
import { arrangeByMouse, MORE_KINDS, orderQuestion, STEPS } from './kinds-helpers';

test.beforeEach(async ({ page }) => {
  await page.goto(MORE_KINDS);
});

test('the steps are shown out of order, move with the mouse, and a wrong order marks what is out of place', async ({ page }) => {
  const q = orderQuestion(page, 'release-order');
  await ready(q);
  await expect(q.root.getByText('Self-check: put the steps in order.')).toBeVisible();
  expect(await q.shown()).not.toEqual(STEPS);
  expect([...(await q.shown())].sort()).toEqual([...STEPS].sort());

  // A wrong order with two steps out of place, reached by at least one move: the page shuffles
  // the steps at random, and one time in 23 it shows the first of these orders already.
  const swapFirst = [STEPS[1]!, STEPS[0]!, STEPS[2]!, STEPS[3]!];
  const swapLast = [STEPS[0]!, STEPS[1]!, STEPS[3]!, STEPS[2]!];
  const wrong = (await q.shown()).join('\n') === swapFirst.join('\n') ? swapLast : swapFirst;
  await arrangeByMouse(q, wrong);
  await expect(q.status).toHaveText(/^“.+” is now step \d of 4\.$/);
  await q.check.click();
  await expect(q.status).toHaveText('Not quite: 2 of 4 steps are in the wrong place; they are marked. Try again, or show the answer.');
  await expect(q.marks).toHaveText(wrong.map((step, n) => (step === STEPS[n] ? 'In the right place.' : 'In the wrong place.')));
  await expect(q.up(STEPS[2]!)).toBeHidden();
  await expect(q.outcome).toBeHidden();
  await expect(q.retry).toBeFocused();
  await expect.poll(async () => (await saved(page))?.questions['release-order']?.result).toBe('wrong');

  await q.retry.click();
  await expect(q.marks.first()).toBeHidden();
  // Trying again keeps the learner's order, to put right what was marked.
  expect(await q.shown()).toEqual(wrong);
  await arrangeByMouse(q, STEPS);
  await q.check.click();
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.marks).toHaveText(STEPS.map(() => 'In the right place.'));
  await expect(q.outcome.getByRole('list', { name: 'Answer key' }).getByRole('listitem')).toHaveText(STEPS);
  await expect(q.outcome).toContainText('keep the old environment for a quick rollback');
  await expect.poll(async () => (await saved(page))?.questions['release-order']?.result).toBe('right');
});

test('by keyboard alone: arrow keys move the step whose button has focus, and each move is announced', async ({ page }) => {
  // Tabbing from the top of the page through the sidebar takes many key presses.
  test.slow();
  const q = orderQuestion(page, 'release-order');
  await ready(q);
  await tabTo(page, q.items.first().getByRole('button', { name: 'Move up' }));
  await expect(q.items.first().getByRole('button', { name: 'Move up' })).toHaveAttribute('aria-keyshortcuts', 'ArrowUp');

  // Selection by Tab, then ArrowUp: for each place from the top, Tab forward to the step that
  // belongs there and move it up into place. Focus stays on the moved step's button.
  for (const [position, text] of STEPS.entries()) {
    let at = (await q.shown()).indexOf(text);
    // Each step has two buttons; from the last placed step's "Move up", its "Move down" comes first.
    const presses = position === 0 ? 2 * at : 2 + 2 * (at - position);
    for (let k = 0; k < presses; k++) await page.keyboard.press('Tab');
    await expect(q.up(text)).toBeFocused();
    for (; at > position; at--) {
      await page.keyboard.press('ArrowUp');
      await expect(q.status).toHaveText(`“${text}” is now step ${at} of 4.`);
      await expect(q.up(text)).toBeFocused();
    }
  }
  expect(await q.shown()).toEqual(STEPS);
  // ArrowDown moves back; at the end of the list a step stays where it is.
  await page.keyboard.press('ArrowUp');
  await expect(q.status).toHaveText(`“${STEPS[3]}” is now step 3 of 4.`);
  await page.keyboard.press('ArrowDown');
  await expect(q.status).toHaveText(`“${STEPS[3]}” is now step 4 of 4.`);
  await page.keyboard.press('ArrowDown');
  expect(await q.shown()).toEqual(STEPS);
  await tabTo(page, q.check);
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.outcome).toBeFocused();
});

test('show answer lists the steps in order, with the explanation, and the hint comes first', async ({ page }) => {
  const q = orderQuestion(page, 'release-order');
  await ready(q);
  await q.hint.click();
  await expect(q.status).toHaveText('Hint: Nothing reaches users before it has been tested.');
  await q.reveal.click();
  await expect(q.status).toHaveText('Answer shown. The explanation follows.');
  await expect(q.outcome.getByRole('list', { name: 'Answer key' }).getByRole('listitem')).toHaveText(STEPS);
  await expect(q.marks.first()).toBeHidden();
});

test('after a reload the earlier result shows, and the steps are shuffled again, never in order', async ({ page }) => {
  const q = orderQuestion(page, 'release-order');
  await ready(q);
  await arrangeByMouse(q, STEPS);
  await q.check.click();
  await expect(q.status).toHaveText(/^Correct/);
  // The result is saved once the store's code has loaded, which may come after the verdict.
  await expect.poll(async () => (await saved(page))?.questions['release-order']?.result).toBe('right');
  for (let visit = 0; visit < 3; visit++) {
    await page.reload();
    await ready(q);
    await expect(q.earlier).toHaveText('Last time: answered correctly.');
    expect(await q.shown()).not.toEqual(STEPS);
    await expect(q.up(STEPS[0]!)).toBeVisible();
  }
});
