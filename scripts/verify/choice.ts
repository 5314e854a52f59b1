/**
 * Drives a choice question (`single` or `multiple`) against what its author wrote: a wrong
 * pick is marked with that choice's feedback and nothing more; "Try again" clears it; the
 * right pick(s) are graded right and mark every choice with its feedback; the explanation
 * shows; "Show answer" works too.
 */
import type { Locator } from 'playwright-core';
import { again, answerable, expectRight, expectWrong, explanationShown, pressCheck, revealHints, showAnswer, step, type QuestionHandle } from './question.ts';
import type { CheckEntry } from './types.ts';
import { loose, Mismatch, quote, readText } from './wait.ts';

type Choice = NonNullable<CheckEntry['choices']>[number];

/** One choice on the page: its input and its feedback paragraph. */
interface ChoiceOnPage {
  choice: Choice;
  input: Locator;
  feedback: Locator;
}

/**
 * The choices to pick for a wrong answer, by index, or null when none can be wrong: the
 * first wrong choice (one with feedback preferred); with every choice correct, all but one.
 */
export function wrongPick(choices: readonly Choice[]): number[] | null {
  const wrong = choices.map((choice, n) => ({ choice, n })).filter(({ choice }) => !choice.correct);
  const pick = wrong.find(({ choice }) => choice.feedback) ?? wrong[0];
  if (pick) return [pick.n];
  const right = choices.map((_, n) => n);
  return right.length > 1 ? right.slice(1) : null;
}

/** What a marked choice's feedback reads, e.g. "Incorrect, your choice. Venus is second." */
export function feedbackText(choice: Choice, picked: boolean): string {
  const verdict = `${choice.correct ? 'Correct' : 'Incorrect'}${picked ? ', your choice' : ''}.`;
  return choice.feedback ? `${verdict} ${choice.feedback}` : verdict;
}

/** Drives one choice question; throws a `Mismatch` naming the step that went wrong. */
export async function verifyChoice(q: QuestionHandle): Promise<void> {
  const choices = q.entry.choices ?? [];
  const role = q.entry.kind === 'multiple' ? 'checkbox' : 'radio';
  let onPage: ChoiceOnPage[] = [];
  await step('loading', async () => {
    await answerable(q);
    await q.waits.count(q.root.getByRole(role), choices.length, `${role === 'radio' ? 'radio buttons' : 'checkboxes'}`);
    onPage = await locateChoices(q, role, choices);
  });
  await step('hints', () => revealHints(q));

  const wrong = wrongPick(choices);
  if (wrong) {
    await step(`picking ${names(choices, wrong)} (a wrong answer)`, async () => {
      await pick(onPage, wrong, role);
      expectWrong(await pressCheck(q));
      for (const [n, c] of onPage.entries()) {
        const what = `after Check, the feedback of ${quote(c.choice.text, 50)}`;
        if (wrong.includes(n)) await q.waits.shownWithText(c.feedback, feedbackText(c.choice, true), what);
        else await q.waits.hidden(c.feedback, what);
      }
      await q.waits.hidden(q.explanation, 'after Check, the explanation');
    });
    await step('“Try again”', async () => {
      await again(q, 'Try again');
      for (const c of onPage) await q.waits.hidden(c.feedback, `the feedback of ${quote(c.choice.text, 50)}`);
    });
  }

  const right = choices.flatMap((choice, n) => (choice.correct ? [n] : []));
  await step(`picking ${names(choices, right)} (the right answer)`, async () => {
    await pick(onPage, right, role);
    expectRight(q, await pressCheck(q));
    await everyFeedback(q, onPage, right, 'after Check');
    await explanationShown(q, 'after Check');
  });
  await step('“Show answer”', async () => {
    await again(q, 'Answer again');
    await showAnswer(q);
    await everyFeedback(q, onPage, right, 'then');
  });
}

const names = (choices: readonly Choice[], indexes: readonly number[]) => indexes.map((n) => quote(choices[n]!.text, 50)).join(' and ');

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
    await q.waits.shownWithText(c.feedback, feedbackText(c.choice, picked.includes(n)), `${when}, the feedback of ${quote(c.choice.text, 50)}`);
  }
}
