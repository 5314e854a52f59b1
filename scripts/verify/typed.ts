/**
 * Drives a typed question (`text` or `number`): every attempt of `typedAttempts` is typed
 * and checked, with "Try again" / "Answer again" between them. A wrong one must be marked
 * "Not right." (or told that capitals count) without giving the answer away; a right one "Correct." with the expected
 * answer and the explanation shown below. "Show answer" works too.
 */
import { typedAttempts } from '../../src/checks/kinds/typed/attempts.ts';
import { text } from '../../src/i18n/format.ts';
import { again, answerable, expectRight, expectWrong, explanationShown, pressCheck, revealHints, showAnswer, step, type QuestionHandle } from './question.ts';

type TypedSpec = Extract<QuestionHandle['entry'], { kind: 'text' | 'number' }>;

/** Drives one typed question; throws a `Mismatch` naming the attempt that went wrong. */
export async function verifyTyped(q: QuestionHandle, spec: TypedSpec): Promise<void> {
  const label = text(q.ui.keyAnswer).trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const key = new RegExp(`(^|\\s)${label}\\s*\\S`);
  const field = q.root.getByRole('textbox');
  const mark = q.root.locator('.mn-answer__mark');
  const outcome = q.root.locator('.mn-question__outcome');
  await step('loading', async () => {
    await answerable(q);
    await q.waits.count(field, 1, 'answer fields');
  });
  await step('hints', () => revealHints(q));

  let previous: boolean | undefined;
  for (const attempt of typedAttempts(spec)) {
    await step(`typing ${attempt.why}`, async () => {
      if (previous !== undefined) await again(q, previous ? 'right' : 'wrong');
      await field.fill(attempt.response);
      const said = await pressCheck(q);
      if (attempt.right) {
        expectRight(q, said);
        await q.waits.shownWithText(mark, text(q.ui.markRight), 'after Check, the mark by the field');
        // The expected answer is shown once answered right, in the outcome below.
        await q.waits.shownWithText(outcome, key, 'after Check, the expected answer');
        await explanationShown(q, 'after Check');
      } else {
        expectWrong(q, said, attempt.response);
        // Wrong only in its capitals, where they count, the mark says so.
        const capitals = said === text(q.learner.wrongCapitals);
        await q.waits.shownWithText(mark, text(capitals ? q.learner.markCapitals : q.ui.markWrong), 'after Check, the mark by the field');
        // A wrong answer does not give the right one away.
        await q.waits.hidden(outcome, 'after Check, the expected answer and explanation');
      }
    });
    previous = attempt.right;
  }
  await step('“Show answer”', async () => {
    await again(q, previous ? 'right' : 'wrong');
    await showAnswer(q);
    await q.waits.shownWithText(outcome, key, 'then the expected answer');
  });
}
