/**
 * Drives a matching question against what its author wrote: each prompt is a select named
 * by the prompt; each attempt of `matchAttempts` (every pair in turn matched wrong, then all
 * right) is chosen and checked, and every prompt is marked right or wrong. The right answer
 * shows each prompt with its answer below the question, with the explanation; so does
 * "Show answer".
 */
import type { Locator } from 'playwright-core';
import { matchAnswers } from '../../src/checks/kinds/match/grade.ts';
import { matchAttempts } from '../../src/checks/kinds/match/attempts.ts';
import { text } from '../../src/i18n/format.ts';
import { again, answerable, countedWrong, expectRight, expectWrong, explanationShown, pressCheck, revealHints, showAnswer, step, type QuestionHandle } from './question.ts';
import { loose, Mismatch, quote } from './wait.ts';

type MatchSpec = Extract<QuestionHandle['entry'], { kind: 'match' }>;

/** Drives one matching question; throws a `Mismatch` naming the step that went wrong. */
export async function verifyMatch(q: QuestionHandle, spec: MatchSpec): Promise<void> {
  const selects = spec.pairs.map((pair) => q.root.getByRole('combobox', { name: pair.prompt, exact: true }));
  const marks = q.root.locator('.mn-pair__mark');
  const outcome = q.root.locator('.mn-question__outcome');
  await step('loading', async () => {
    await answerable(q);
    const answers = matchAnswers(spec.pairs).map(loose).sort();
    for (const [n, select] of selects.entries()) {
      await q.waits.count(select, 1, `selects named ${quote(spec.pairs[n]!.prompt)}`);
      const options = (await select.locator('option').allTextContents()).slice(1).map(loose).sort();
      if (options.join('\n') !== answers.join('\n')) throw new Mismatch(`the select of ${quote(spec.pairs[n]!.prompt)} offers ${quote(options.join(' / '))}`);
    }
  });
  await step('hints', () => revealHints(q));

  let previous: boolean | undefined;
  for (const attempt of matchAttempts(spec)) {
    await step(attempt.why, async () => {
      if (previous !== undefined) await again(q, previous ? 'right' : 'wrong');
      for (const [n, answer] of attempt.response.entries()) await selects[n]!.selectOption({ label: answer });
      const said = await pressCheck(q);
      if (attempt.right) expectRight(q, said);
      else expectWrong(q, said, undefined, countedWrong(q.kinds.saidWrongMatch, attempt.parts!.filter((right) => !right).length, spec.pairs.length, q.lang));
      for (const [n, right] of attempt.parts!.entries()) {
        await q.waits.shownWithText(marks.nth(n), text(right ? q.ui.markRight : q.ui.markWrong), `after Check, the mark of ${quote(spec.pairs[n]!.prompt, 50)}`);
      }
      if (attempt.right) await keyShown(q, outcome, spec, 'after Check');
      else await q.waits.hidden(outcome, 'after Check, the right answers and the explanation');
    });
    previous = attempt.right;
  }
  await step('“Show answer”', async () => {
    await again(q, previous ? 'right' : 'wrong');
    await showAnswer(q);
    await keyShown(q, outcome, spec, 'then');
  });
}

/** Checks that every prompt shows with its answer below the question, with the explanation. */
async function keyShown(q: QuestionHandle, outcome: Locator, spec: MatchSpec, when: string): Promise<void> {
  const key = outcome.locator('.mn-key--match > li');
  await q.waits.count(key, spec.pairs.length, `${when}, the prompts shown with their answers`);
  const lines = (await key.allTextContents()).map(loose);
  for (const [n, pair] of spec.pairs.entries()) {
    const line = lines[n] ?? '';
    if (!line.startsWith(loose(pair.prompt)) || !line.endsWith(loose(pair.answer))) throw new Mismatch(`${when}, line ${n + 1} of the answers reads ${quote(line)}, not ${quote(pair.prompt)} with ${quote(pair.answer)}`);
  }
  await explanationShown(q, when);
}
