/**
 * What every question shares, found the way a learner (or a screen reader) finds it: its
 * buttons by role and name, its status line, its explanation. Also the steps every kind
 * takes: wait until answerable, reveal the hints in order, press Check and read the verdict.
 */
import type { Locator, Page } from 'playwright-core';
import { normaliseText } from '../../src/checks/core/normalise.ts';
import { format, text, type Plural } from '../../src/i18n/format.ts';
import type { CheckEntry, VerifyUi } from './types.ts';
import { expectSaid, Mismatch, quote, type Waits } from './wait.ts';

/** One question on the page, and its controls. */
export interface QuestionHandle {
  entry: Exclude<CheckEntry, { kind: 'flashcard' }>;
  /** The guide's question strings. */
  ui: VerifyUi['question'];
  /** The guide's strings of ordering, matching and fill-in-the-blank questions. */
  kinds: VerifyUi['kinds'];
  /** The guide's strings for what a learner is told beyond the verdict (announce.ts). */
  learner: VerifyUi['learner'];
  /** The guide's language, for numbers in labels. */
  lang: string;
  root: Locator;
  check: Locator;
  reveal: Locator;
  hint: Locator;
  status: Locator;
  /** The explanation, once shown below the question. */
  explanation: Locator;
  waits: Waits;
}

/** A string of the guide as a pattern that matches it whatever its `{placeholders}` hold. */
export function pattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`);
}

/** Finds the question of `entry` on `page` by its anchor id. */
export function questionOf(page: Page, entry: QuestionHandle['entry'], waits: Waits, ui: VerifyUi): QuestionHandle {
  const root = page.locator(`mnemo-question[id="${entry.id}"]`);
  const s = ui.question;
  const hintLabels = [s.showHint, s.showHintOf, s.hintShown, s.allHintsShown].map((label) => pattern(text(label)).source.slice(1, -1));
  return {
    entry,
    ui: s,
    kinds: ui.kinds,
    learner: ui.learner,
    lang: ui.lang,
    root,
    check: root.getByRole('button', { name: text(s.check), exact: true }),
    reveal: root.getByRole('button', { name: text(s.showAnswer), exact: true }),
    hint: root.getByRole('button', { name: new RegExp(`^(${hintLabels.join('|')})$`) }),
    status: root.getByRole('status'),
    explanation: root.locator('.mn-question__outcome .mn-explanation'),
    waits,
  };
}

/** Checks that the question's script made it answerable ("Check" shows); the lesson already waited for it. */
export async function answerable(q: QuestionHandle): Promise<void> {
  await q.waits.brief().shown(q.check, `the “${text(q.ui.check)}” button (the question never became answerable: did its script run?)`);
}

/** What a response is: the picked choices' indexes, or the typed text. */
export type Response = readonly number[] | string;

/**
 * The live-region message after a right answer, or a pattern for a revealed one, which
 * names the right choices or the expected answer (src/checks/client/announce.ts).
 */
export function doneMessage(q: QuestionHandle, state: 'right' | 'revealed'): string | RegExp {
  const more = q.entry.explanation !== undefined ? text(q.ui.saidExplanation) : '';
  if (state === 'right') return `${text(q.ui.saidRight)}${more}`;
  const entry = q.entry;
  const said =
    entry.kind === 'single' || entry.kind === 'multiple'
      ? entry.choices.filter((choice) => choice.correct).length === 1
        ? q.learner.revealedOne
        : q.learner.revealedMany
      : entry.kind === 'text' || entry.kind === 'number'
        ? q.learner.revealedTyped
        : q.ui.saidRevealed;
  return pattern(`${text(said)}${more}`);
}

/** Presses Check and returns what the status line then says. */
export async function pressCheck(q: QuestionHandle): Promise<string> {
  await q.check.click();
  return q.waits.said(q.status, 'after Check');
}

/** Every plural form of `template` with `{count}` filled in, as one pattern. */
function anyForm(template: string | Plural, count: number): RegExp {
  const forms = typeof template === 'string' ? [template] : Object.values(template).filter((form): form is string => typeof form === 'string');
  return new RegExp(`^(?:${forms.map((form) => format(form, { count }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

/**
 * What a kind that counts its wrong parts says after a wrong check: any plural form of its
 * string (the verifier does not pick forms by language), with the counts filled in.
 */
export function countedWrong(message: string | Plural, wrong: number, total: number, lang = 'en'): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  // The form the language uses for this count first: it is the one a failure quotes.
  const own = typeof message === 'string' ? undefined : (message as unknown as Record<string, string | undefined>)[new Intl.PluralRules(lang).select(wrong)];
  return [...(own ? [own] : []), ...forms.filter((form) => form !== own)].map((form) => format(form!, { count: wrong, total }));
}

/**
 * What the status says after a wrong `response` to this question: for "select all that
 * apply", how many picks were wrong; for a case-sensitive text, whether only the capitals
 * were. Without a response, any count.
 */
function wrongMessage(q: QuestionHandle, response?: Response): string | RegExp {
  const entry = q.entry;
  if (entry.kind === 'single') return text(q.ui.saidWrongSingle);
  if (entry.kind === 'multiple') {
    if (!Array.isArray(response)) return pattern(text(q.learner.wrongPicks));
    const wrong = response.filter((n) => !entry.choices[n]?.correct).length;
    return wrong === 0 ? text(q.learner.missingPicks) : anyForm(q.learner.wrongPicks, wrong);
  }
  if (entry.kind === 'text' && entry.caseSensitive && typeof response === 'string') {
    const folded = normaliseText(response, false);
    if (folded && entry.accept.some((answer) => normaliseText(answer, false) === folded)) return text(q.learner.wrongCapitals);
  }
  return text(q.ui.saidWrong);
}

const heard = (said: string, expected: string | RegExp) => (typeof expected === 'string' ? said === expected : expected.test(said));

/**
 * Fails unless the status says `response` was wrong, in the words the page should use: those
 * of `expected` when given (kinds that count their wrong parts, `countedWrong`), else the
 * question's own.
 */
export function expectWrong(q: QuestionHandle, said: string, response?: Response, expected?: string[]): void {
  const wanted = expected ?? wrongMessage(q, response);
  if (Array.isArray(wanted) ? wanted.includes(said) : heard(said, wanted)) return;
  const shown = Array.isArray(wanted) ? quote(wanted[0]!) : typeof wanted === 'string' ? quote(wanted) : `text matching ${wanted}`;
  const graded = said.startsWith(text(q.ui.saidRight)) ? ': the page accepts an answer the lesson marks wrong' : '';
  throw new Mismatch(`after Check the page said ${quote(said)}, expected ${shown}${graded}`);
}

/** Fails unless the status says the answer was right. */
export function expectRight(q: QuestionHandle, said: string): void {
  const expected = doneMessage(q, 'right') as string;
  if (said === expected) return;
  const graded = heard(said, wrongMessage(q)) ? ': the page rejects an answer the lesson marks right' : '';
  throw new Mismatch(`after Check the page said ${quote(said)}, expected ${quote(expected)}${graded}`);
}

/** Checks that the explanation shows (or, without one, that none does) once answered. */
export async function explanationShown(q: QuestionHandle, when: string): Promise<void> {
  if (q.entry.explanation !== undefined) await q.waits.shown(q.explanation, `${when}, the explanation`);
  else await q.waits.count(q.explanation, 0, `${when}, explanations shown for a question without one`);
}

/** Presses "Try again" (after a wrong answer) or "Answer again" (after a right one). */
export async function again(q: QuestionHandle, after: 'wrong' | 'right'): Promise<void> {
  const label = text(after === 'wrong' ? q.ui.tryAgain : q.ui.answerAgain);
  const retry = q.root.getByRole('button', { name: label, exact: true });
  await q.waits.shown(retry, `the “${label}” button`);
  await retry.click();
  await q.waits.shown(q.check, `after “${label}”, the “${text(q.ui.check)}” button`);
  await q.waits.text(q.status, '', `after “${label}”, the status line`);
}

/** Presses "Show answer" and checks the announcement and the explanation. */
export async function showAnswer(q: QuestionHandle): Promise<void> {
  await q.waits.shown(q.reveal, `the “${text(q.ui.showAnswer)}” button`);
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
  const total = q.entry.hints.length;
  const ui = q.ui;
  const buttonFor = (k: number) => (total === 1 ? text(ui.showHint) : format(text(ui.showHintOf), { n: k, total }, q.lang));
  const summaryFor = (k: number) => (total === 1 ? text(ui.hint) : format(text(ui.hintOf), { n: k, total }, q.lang));
  const hints = q.root.locator('.mn-hints details');
  if (total === 0) {
    await q.waits.count(q.hint, 0, 'hint buttons on a question without hints');
    return;
  }
  await q.waits.count(hints, total, 'hint disclosures');
  for (let k = 1; k <= total; k++) {
    await q.waits.text(q.hint, buttonFor(k), `before hint ${k}, the hint button`);
    await q.hint.click();
    const said = await q.waits.said(q.status, `after asking for hint ${k}`);
    const announced = pattern(format(text(ui.hintSaid), { label: summaryFor(k) }));
    expectSaid(said, announced, `after asking for hint ${k}, the status line`);
    for (let n = 0; n < total; n++) {
      const body = hints.nth(n).locator('.mn-hint__body');
      if (n < k) await q.waits.shown(body, `after asking for hint ${k}, hint ${n + 1}`);
      else await q.waits.hidden(hints.nth(n), `after asking for hint ${k}, hint ${n + 1}`);
    }
  }
  await q.waits.text(q.hint, text(total === 1 ? ui.hintShown : ui.allHintsShown), 'after every hint, the hint button');
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
