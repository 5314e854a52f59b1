/**
 * Drives every self-check of one lesson page in a fresh browser context (so no progress is
 * saved from before): each question by its kind, each card, each deck. A self-check that
 * is listed but missing from the page fails, and so does one on the page the list lacks.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { verifyBlanks } from './blanks.ts';
import { verifyChoice } from './choice.ts';
import { verifyDeck } from './deck.ts';
import { cardOf, verifyCard } from './flashcard.ts';
import { unitsOf, type LessonPlan } from './manifest.ts';
import { verifyMatch } from './match.ts';
import { verifyOrder } from './order.ts';
import { firstLine, questionOf } from './question.ts';
import { verifyTyped } from './typed.ts';
import { unknownKind } from '../../src/checks/core/never.ts';
import type { CheckEntry, CheckResult, LessonResult, VerifyUi } from './types.ts';
import { Waits } from './wait.ts';

const pass = (entry: CheckEntry): CheckResult => ({ lesson: entry.lesson, file: entry.file, line: entry.line, id: entry.id, kind: entry.kind, ok: true });
const fail = (entry: CheckEntry, reason: string): CheckResult => ({ ...pass(entry), ok: false, reason });

/** Drives one question or lone card by its kind. */
async function verifyEntry(page: Page, entry: CheckEntry, waits: Waits, ui: VerifyUi): Promise<void> {
  switch (entry.kind) {
    case 'flashcard':
      return verifyCard(cardOf(page, entry), entry, waits, ui);
    case 'single':
    case 'multiple':
      return verifyChoice(questionOf(page, entry, waits, ui), entry);
    case 'text':
    case 'number':
      return verifyTyped(questionOf(page, entry, waits, ui), entry);
    case 'order':
      return verifyOrder(questionOf(page, entry, waits, ui), entry);
    case 'match':
      return verifyMatch(questionOf(page, entry, waits, ui), entry);
    case 'blanks':
      return verifyBlanks(questionOf(page, entry, waits, ui), entry);
    default:
      return unknownKind(entry);
  }
}

/** Opens `url` (the lesson of `plan`) and drives its self-checks. */
export async function verifyLesson(context: BrowserContext, plan: LessonPlan, url: string, timeout: number, ui: VerifyUi): Promise<LessonResult> {
  const started = performance.now();
  const waits = new Waits(timeout);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(firstLine(error)));
  // A script error on the page is the likeliest cause of a failure: say so in its reason.
  const withErrors = (reason: string) => (errors.length ? `${reason} [script error on the page: ${errors[0]}]` : reason);
  const results: CheckResult[] = [];
  const done = () => ({ lesson: plan.lesson, file: plan.file, url, results, seconds: (performance.now() - started) / 1000 });

  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: Math.max(timeout, 15_000) });
    if (!response?.ok()) throw new Error(`the lesson page ${url} answered ${response?.status() ?? 'nothing'}`);
  } catch (error) {
    for (const entry of plan.entries) results.push(fail(entry, firstLine(error)));
    return done();
  }

  await enhanced(page, waits);
  const onPage = await page.locator('mnemo-question, mnemo-flashcard').evaluateAll((elements) =>
    elements.map((element) => ({
      id: element.id,
      kind: element instanceof HTMLElement && element.dataset.spec ? (JSON.parse(element.dataset.spec) as { kind: string }).kind : 'flashcard',
    })),
  );
  const present = new Set(onPage.map((element) => element.id));
  const listed = new Set(plan.entries.map((entry) => entry.id));

  for (const unit of unitsOf(plan)) {
    if (unit.kind === 'deck') {
      const outcomes = await verifyDeck(page, unit.id, unit.cards, waits, ui);
      for (const card of unit.cards) {
        const reason = outcomes.get(card.id);
        results.push(reason === undefined ? pass(card) : fail(card, withErrors(reason)));
      }
      continue;
    }
    const { entry } = unit;
    if (!present.has(entry.id)) {
      results.push(fail(entry, `not on the page: ${url} has no self-check with the anchor #${entry.id}`));
      continue;
    }
    try {
      await verifyEntry(page, entry, waits, ui);
      results.push(pass(entry));
    } catch (error) {
      results.push(fail(entry, withErrors(firstLine(error))));
    }
  }

  for (const extra of onPage.filter((element) => !listed.has(element.id))) {
    results.push({
      lesson: plan.lesson,
      file: plan.file,
      line: 0,
      id: extra.id || '(no id)',
      kind: extra.kind as CheckEntry['kind'],
      ok: false,
      reason: `on the page but not in _mnemo/checks.json, so nothing says what it should do`,
    });
  }
  await page.close();
  return done();
}

/**
 * Gives the page's scripts one timeout to make every question answerable and every deck
 * steppable, so that on a page whose script is broken each self-check then fails at once.
 */
async function enhanced(page: Page, waits: Waits): Promise<void> {
  const questions = page.locator('mnemo-question');
  const decks = page.locator('mnemo-deck');
  const ready = page
    .locator('mnemo-question, mnemo-deck')
    .filter({ has: page.getByRole('button', { name: /^(Check|Next card)$/ }) });
  const total = (await questions.count()) + (await decks.count());
  await waits.count(ready, total, 'enhanced self-checks').catch(() => undefined);
}
