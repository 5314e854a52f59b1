/**
 * Drives an ordering question against what its author wrote: the steps are never shown in
 * the right order; each arrangement of `orderAttempts` is made with the "Move up" buttons (a
 * move is announced), then checked. A wrong order marks each step in or out of place; the
 * right order is graded right, with the steps in order and the explanation below. "Show
 * answer" works too.
 */
import type { Locator } from 'playwright-core';
import { orderAttempts } from '../../src/checks/kinds/order/attempts.ts';
import { format, text } from '../../src/i18n/format.ts';
import { again, answerable, countedWrong, expectRight, expectWrong, explanationShown, pattern, pressCheck, revealHints, showAnswer, step, type QuestionHandle } from './question.ts';
import { loose, Mismatch, quote } from './wait.ts';

type OrderSpec = Extract<QuestionHandle['entry'], { kind: 'order' }>;

/** Drives one ordering question; throws a `Mismatch` naming the step that went wrong. */
export async function verifyOrder(q: QuestionHandle, spec: OrderSpec): Promise<void> {
  const items = q.root.locator('.mn-steps > .mn-step');
  const outcome = q.root.locator('.mn-question__outcome');
  await step('loading', async () => {
    await answerable(q);
    await q.waits.count(items, spec.steps.length, 'steps');
    await q.waits.count(items.getByRole('button', { name: text(q.kinds.moveUp), exact: true }), spec.steps.length, '“Move up” buttons');
    const shown = await currentOrder(items, spec);
    if (shown.every((n, position) => n === position)) throw new Mismatch('the steps are shown in the right order before the learner has moved any');
  });
  await step('hints', () => revealHints(q));

  let previous: boolean | undefined;
  for (const attempt of orderAttempts(spec)) {
    await step(`arranging ${attempt.why}`, async () => {
      if (previous !== undefined) await again(q, previous ? 'right' : 'wrong');
      await arrange(q, items, spec, attempt.response);
      const said = await pressCheck(q);
      const marks = items.locator('.mn-step__mark');
      if (attempt.right) expectRight(q, said);
      else expectWrong(q, said, undefined, countedWrong(q.kinds.saidWrongOrder, attempt.parts!.filter((right) => !right).length, spec.steps.length, q.lang));
      for (const [position, right] of attempt.parts!.entries()) {
        await q.waits.shownWithText(marks.nth(position), text(right ? q.kinds.stepRight : q.kinds.stepWrong), `after Check, the mark of step ${position + 1}`);
      }
      if (attempt.right) await keyShown(q, outcome, spec, 'after Check');
      else await q.waits.hidden(outcome, 'after Check, the right order and the explanation');
    });
    previous = attempt.right;
  }
  await step('“Show answer”', async () => {
    await again(q, previous ? 'right' : 'wrong');
    await showAnswer(q);
    await keyShown(q, outcome, spec, 'then');
  });
}

/** The authored index of each step shown, top to bottom, found by its text. */
async function currentOrder(items: Locator, spec: OrderSpec): Promise<number[]> {
  const texts = await items.locator('.mn-step__text').allTextContents();
  return texts.map((shown) => {
    const n = spec.steps.findIndex((written) => loose(written) === loose(shown));
    if (n < 0) throw new Mismatch(`the page shows a step ${quote(loose(shown))} that the lesson does not have`);
    return n;
  });
}

/** Moves the steps with their "Move up" buttons until they stand in `order` (authored indexes). */
async function arrange(q: QuestionHandle, items: Locator, spec: OrderSpec, order: readonly number[]): Promise<void> {
  const total = spec.steps.length;
  for (const [position, wanted] of order.entries()) {
    let at = (await currentOrder(items, spec)).indexOf(wanted);
    while (at > position) {
      await items.nth(at).getByRole('button', { name: text(q.kinds.moveUp), exact: true }).click();
      at -= 1;
      const moved = pattern(format(text(q.kinds.moved), { position: at + 1, total }, q.lang));
      await q.waits.text(q.status, moved, `after “${text(q.kinds.moveUp)}” on ${quote(spec.steps[wanted]!, 50)}, the status line`);
      const now = await currentOrder(items, spec);
      if (now[at] !== wanted) throw new Mismatch(`after “${text(q.kinds.moveUp)}”, ${quote(spec.steps[wanted]!, 50)} is not step ${at + 1}`);
    }
  }
}

/** Checks that the right order shows below the question, with the explanation. */
async function keyShown(q: QuestionHandle, outcome: Locator, spec: OrderSpec, when: string): Promise<void> {
  const key = outcome.locator('.mn-key--order > li');
  await q.waits.shown(key.first(), `${when}, the steps in the right order`);
  const shown = (await key.allTextContents()).map(loose);
  if (shown.join('\n') !== spec.steps.map(loose).join('\n')) throw new Mismatch(`${when}, the right order reads ${quote(shown.join(' / '))}`);
  await explanationShown(q, when);
}
