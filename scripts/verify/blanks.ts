/**
 * Drives a fill-in-the-blank question against what its author wrote: each blank is a field
 * in the question text named "Blank k of n"; each attempt of `blanksAttempts` (every blank
 * in turn given the answers a typed question gets, the others right) is typed and checked.
 * A wrong blank is marked invalid and the others not; a right answer shows every blank's
 * answer below the question, with the explanation; so does "Show answer".
 */
import type { Locator } from 'playwright-core';
import { blanksAttempts } from '../../src/checks/kinds/blanks/attempts.ts';
import { typedKey } from '../../src/checks/kinds/typed/key.ts';
import { format, text } from '../../src/i18n/format.ts';
import { again, answerable, countedWrong, expectRight, expectWrong, explanationShown, pressCheck, revealHints, showAnswer, step, type QuestionHandle } from './question.ts';
import { Mismatch, quote, squash } from './wait.ts';

type BlanksSpec = Extract<QuestionHandle['entry'], { kind: 'blanks' }>;

/** Drives one fill-in-the-blank question; throws a `Mismatch` naming the step that went wrong. */
export async function verifyBlanks(q: QuestionHandle, spec: BlanksSpec): Promise<void> {
  const total = spec.blanks.length;
  const name = (n: number) => (total > 1 ? format(text(q.kinds.blankOf), { n: n + 1, total }, q.lang) : text(q.kinds.blank));
  const fields = spec.blanks.map((_, n) => q.root.locator('.mn-question__stem').getByRole('textbox', { name: name(n), exact: true }));
  const outcome = q.root.locator('.mn-question__outcome');
  await step('loading', async () => {
    await answerable(q);
    for (const [n, field] of fields.entries()) await q.waits.count(field, 1, `fields named “${name(n)}” in the question text`);
  });
  await step('hints', () => revealHints(q));

  let previous: boolean | undefined;
  for (const attempt of blanksAttempts(spec)) {
    await step(`typing ${attempt.why}`, async () => {
      if (previous !== undefined) await again(q, previous ? 'right' : 'wrong');
      for (const [n, value] of attempt.response.entries()) await fields[n]!.fill(value);
      const said = await pressCheck(q);
      if (attempt.right) expectRight(q, said);
      else if (total === 1) expectWrong(q, said);
      else expectWrong(q, said, undefined, countedWrong(q.kinds.saidWrongBlanks, attempt.parts!.filter((right) => !right).length, total, q.lang));
      for (const [n, right] of attempt.parts!.entries()) await marked(fields[n]!, right, `after Check, “${name(n)}”`);
      if (attempt.right) await keyShown(q, outcome, 'after Check');
      // A wrong answer does not give the right one away.
      else await q.waits.hidden(outcome, 'after Check, the expected answers and the explanation');
    });
    previous = attempt.right;
  }
  await step('“Show answer”', async () => {
    await again(q, previous ? 'right' : 'wrong');
    await showAnswer(q);
    await keyShown(q, outcome, 'then');
  });

  /** Checks that each blank's expected answer shows below the question, with the explanation. */
  async function keyShown(q: QuestionHandle, outcome: Locator, when: string): Promise<void> {
    const answers = outcome.locator('.mn-key strong');
    await q.waits.count(answers, total, `${when}, the expected answers`);
    const shown = (await answers.allTextContents()).map(squash);
    const expected = spec.blanks.map(typedKey);
    if (shown.join('\n') !== expected.join('\n')) throw new Mismatch(`${when}, the expected answers read ${quote(shown.join(' / '))}, not ${quote(expected.join(' / '))}`);
    await explanationShown(q, when);
  }
}

/** Fails unless a blank is marked as the attempt expects: invalid when wrong, not when right. */
async function marked(field: Locator, right: boolean, what: string): Promise<void> {
  const invalid = (await field.getAttribute('aria-invalid')) === 'true';
  if (invalid === right) throw new Mismatch(`${what} is ${invalid ? 'marked wrong' : 'not marked wrong'}, but the answer typed there is ${right ? 'right' : 'wrong'}`);
}
