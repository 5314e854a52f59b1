/**
 * Drives a choice question (`single` or `multiple`) against what its author wrote: a wrong
 * pick is marked with that choice's feedback and nothing more; "Try again" clears it; the
 * right pick(s) are graded right and mark every choice with its feedback; the explanation
 * shows; "Show answer" works too.
 */
import type { Locator } from 'playwright-core';
import { choiceAttempts } from '../../src/checks/kinds/choice/attempts.ts';
import { format, text } from '../../src/i18n/format.ts';
import type { Choice } from '../../src/checks/schema.ts';
import { again, answerable, expectRight, expectWrong, explanationShown, pressCheck, revealHints, showAnswer, step, type QuestionHandle } from './question.ts';
import { loose, Mismatch, quote, readText } from './wait.ts';

type ChoiceSpec = Extract<QuestionHandle['entry'], { kind: 'single' | 'multiple' }>;

/** One choice on the page: its input and its feedback paragraph. */
interface ChoiceOnPage {
  choice: Choice;
  input: Locator;
  feedback: Locator;
}

/** What a marked choice's feedback reads, e.g. "Incorrect, your choice. Venus is second." */
export function feedbackText(choice: Choice, picked: boolean, ui: QuestionHandle['ui']): string {
  const word = text(choice.correct ? ui.verdictRight : ui.verdictWrong);
  const verdict = format(text(picked ? ui.verdictYours : ui.verdictOnly), { verdict: word });
  return choice.feedback ? `${verdict} ${choice.feedback}` : verdict;
}

/** Drives one choice question; throws a `Mismatch` naming the step that went wrong. */
export async function verifyChoice(q: QuestionHandle, spec: ChoiceSpec): Promise<void> {
  const choices = spec.choices;
  const role = q.entry.kind === 'multiple' ? 'checkbox' : 'radio';
  let onPage: ChoiceOnPage[] = [];
  await step('loading', async () => {
    await answerable(q);
    await q.waits.count(q.root.getByRole(role), choices.length, `${role === 'radio' ? 'radio buttons' : 'checkboxes'}`);
    onPage = await locateChoices(q, role, choices);
  });
  await step('hints', () => revealHints(q));

  let right: number[] = [];
  for (const attempt of choiceAttempts(spec)) {
    const picked = attempt.response;
    if (!attempt.right) {
      await step(attempt.why, async () => {
        await pick(onPage, picked, role);
        expectWrong(q, await pressCheck(q), picked);
        for (const [n, c] of onPage.entries()) {
          const what = `after Check, the feedback of ${quote(c.choice.text, 50)}`;
          if (picked.includes(n)) await q.waits.shownWithText(c.feedback, feedbackText(c.choice, true, q.ui), what);
          else await q.waits.hidden(c.feedback, what);
        }
        await q.waits.hidden(q.explanation, 'after Check, the explanation');
      });
      await step('“Try again”', async () => {
        await again(q, 'wrong');
        for (const c of onPage) await q.waits.hidden(c.feedback, `the feedback of ${quote(c.choice.text, 50)}`);
      });
    } else {
      right = picked;
      await step(attempt.why, async () => {
        await pick(onPage, picked, role);
        expectRight(q, await pressCheck(q));
        await everyFeedback(q, onPage, picked, 'after Check');
        await explanationShown(q, 'after Check');
      });
    }
  }
  await step('“Show answer”', async () => {
    await again(q, 'right');
    await showAnswer(q);
    await everyFeedback(q, onPage, right, 'then');
  });
}

/**
 * Finds each choice by its role and text. Where that fails (two choices read the same, or
 * the manifest's plain text differs a little from the label), by its place among the
 * authored choices, as long as its label still reads like the author's text.
 */
async function locateChoices(q: QuestionHandle, role: 'radio' | 'checkbox', choices: readonly Choice[]): Promise<ChoiceOnPage[]> {
  const found: ChoiceOnPage[] = [];
  for (const [n, choice] of choices.entries()) {
    // `has` is matched inside each choice, so it is built from the page, not from the question.
    let box = q.root.locator('.mn-choice').filter({ has: q.root.page().getByRole(role, { name: choice.text, exact: true }) });
    if ((await box.count()) !== 1) {
      box = q.root.locator(`.mn-choice[data-index="${n}"]`);
      const label = loose(await readText(box.locator('label')));
      const text = loose(choice.text);
      if (!label || !(label.includes(text) || text.includes(label))) throw new Mismatch(`no ${role} labelled ${quote(choice.text)} (choice ${n + 1} reads ${quote(label)})`);
    }
    const input = box.getByRole(role);
    if ((await input.count()) !== 1) throw new Mismatch(`no ${role} labelled ${quote(choice.text)}`);
    found.push({ choice, input, feedback: box.locator('.mn-choice__feedback') });
  }
  return found;
}

/** Leaves exactly the choices `indexes` selected, as a learner clicking them would. */
async function pick(onPage: readonly ChoiceOnPage[], indexes: readonly number[], role: 'radio' | 'checkbox'): Promise<void> {
  // A radio button is never unchecked, only replaced by checking another.
  if (role === 'checkbox') for (const [n, c] of onPage.entries()) if (!indexes.includes(n) && (await c.input.isChecked())) await c.input.uncheck();
  for (const n of indexes) await onPage[n]!.input.check();
}

/** Checks that every choice is marked right or wrong with its feedback. */
async function everyFeedback(q: QuestionHandle, onPage: readonly ChoiceOnPage[], picked: readonly number[], when: string): Promise<void> {
  for (const [n, c] of onPage.entries()) {
    await q.waits.shownWithText(c.feedback, feedbackText(c.choice, picked.includes(n), q.ui), `${when}, the feedback of ${quote(c.choice.text, 50)}`);
  }
}
