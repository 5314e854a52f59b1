/**
 * What every question shares, found the way a learner (or a screen reader) finds it: its
 * buttons by role and name, its status line, its explanation. Also the steps every kind
 * takes: wait until answerable, reveal the hints in order, press Check and read the verdict.
 */
import type { Locator, Page } from 'playwright-core';
import type { CheckEntry } from './types.ts';
import { expectSaid, Mismatch, quote, type Waits } from './wait.ts';

/** One question on the page, and its controls. */
export interface QuestionHandle {
  entry: CheckEntry;
  root: Locator;
  check: Locator;
  reveal: Locator;
  hint: Locator;
  status: Locator;
  /** The explanation, once shown below the question. */
  explanation: Locator;
  waits: Waits;
}

/** Finds the question of `entry` on `page` by its anchor id. */
export function questionOf(page: Page, entry: CheckEntry, waits: Waits): QuestionHandle {
  const root = page.locator(`mnemo-question[id="${entry.id}"]`);
  return {
    entry,
    root,
    check: root.getByRole('button', { name: 'Check', exact: true }),
    reveal: root.getByRole('button', { name: 'Show answer', exact: true }),
    hint: root.getByRole('button', { name: /^(Show a hint|Show hint \d+ of \d+|Hint shown|All hints shown)$/ }),
    status: root.getByRole('status'),
    explanation: root.locator('.mn-question__outcome .mn-explanation'),
    waits,
  };
}

/** Checks that the question's script made it answerable ("Check" shows); the lesson already waited for it. */
export async function answerable(q: QuestionHandle): Promise<void> {
  await q.waits.brief().shown(q.check, 'the “Check” button (the question never became answerable: did its script run?)');
}

/** The live-region message after a right answer or a revealed one. */
export function doneMessage(q: QuestionHandle, state: 'right' | 'revealed'): string {
  const more = q.entry.hasExplanation ? ' The explanation follows.' : '';
  return `${state === 'right' ? 'Correct.' : 'Answer shown.'}${more}`;
}

/** Presses Check and returns what the status line then says. */
export async function pressCheck(q: QuestionHandle): Promise<string> {
  await q.check.click();
  return q.waits.said(q.status, 'after Check');
}

/** Fails unless the status says the answer was wrong. */
export function expectWrong(said: string): void {
  if (/^Not quite\b/.test(said)) return;
  const graded = /^Correct\b/.test(said) ? ': the page accepts an answer the lesson marks wrong' : '';
  throw new Mismatch(`after Check the page said ${quote(said)}, expected “Not quite…”${graded}`);
}

/** Fails unless the status says the answer was right. */
export function expectRight(q: QuestionHandle, said: string): void {
  const expected = doneMessage(q, 'right');
  if (said === expected) return;
  const graded = /^Not quite\b/.test(said) ? ': the page rejects an answer the lesson marks right' : '';
  throw new Mismatch(`after Check the page said ${quote(said)}, expected ${quote(expected)}${graded}`);
}

/** Checks that the explanation shows (or, without one, that none does) once answered. */
export async function explanationShown(q: QuestionHandle, when: string): Promise<void> {
  if (q.entry.hasExplanation) await q.waits.shown(q.explanation, `${when}, the explanation`);
  else await q.waits.count(q.explanation, 0, `${when}, explanations shown for a question without one`);
}

/** Presses "Try again" (after a wrong answer) or "Answer again" (after a right one). */
export async function again(q: QuestionHandle, label: 'Try again' | 'Answer again'): Promise<void> {
  const retry = q.root.getByRole('button', { name: label, exact: true });
  await q.waits.shown(retry, `the “${label}” button`);
  await retry.click();
  await q.waits.shown(q.check, `after “${label}”, the “Check” button`);
  await q.waits.text(q.status, '', `after “${label}”, the status line`);
}

/** Presses "Show answer" and checks the announcement and the explanation. */
export async function showAnswer(q: QuestionHandle): Promise<void> {
  await q.waits.shown(q.reveal, 'the “Show answer” button');
  await q.reveal.click();
  const said = await q.waits.said(q.status, 'after pressing it');
  expectSaid(said, doneMessage(q, 'revealed'), 'after pressing it, the status line');
  await explanationShown(q, 'then');
}

/**
 * Reveals the question's hints one at a time and checks that each comes in order: the
 * button names the next hint, exactly the hints asked for show, the status reads the new one.
 */
export async function revealHints(q: QuestionHandle): Promise<void> {
  const total = q.entry.hints;
  const hints = q.root.locator('.mn-hints details');
  if (total === 0) {
    await q.waits.count(q.hint, 0, 'hint buttons on a question without hints');
    return;
  }
  await q.waits.count(hints, total, 'hint disclosures');
  for (let k = 1; k <= total; k++) {
    await q.waits.text(q.hint, total === 1 ? 'Show a hint' : `Show hint ${k} of ${total}`, `before hint ${k}, the hint button`);
    await q.hint.click();
    const said = await q.waits.said(q.status, `after asking for hint ${k}`);
    expectSaid(said, new RegExp(`^Hint${total === 1 ? '' : ` ${k} of ${total}`}: \\S`), `after asking for hint ${k}, the status line`);
    for (let n = 0; n < total; n++) {
      const body = hints.nth(n).locator('.mn-hint__body');
      if (n < k) await q.waits.shown(body, `after asking for hint ${k}, hint ${n + 1}`);
      else await q.waits.hidden(hints.nth(n), `after asking for hint ${k}, hint ${n + 1}`);
    }
  }
  await q.waits.text(q.hint, total === 1 ? 'Hint shown' : 'All hints shown', 'after every hint, the hint button');
}

/** Wraps a failure from any step of a question so the reason starts with the step. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Mismatch) throw new Mismatch(`${name}: ${error.message}`);
    throw new Mismatch(`${name}: ${firstLine(error)}`);
  }
}

/** The first line of an error, without Playwright's call log. */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.trim();
}
