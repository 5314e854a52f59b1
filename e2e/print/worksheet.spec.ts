import { expect, test } from '@playwright/test';
import { pdfPages, pdfWords, printPdf } from './pdf';
import { paper, plain, questionsOf, rightAnswers } from './helpers';

const LESSON = 'basics/worksheet';
const questions = questionsOf('paper', LESSON);

/** Everything the screen offers to click, none of which belongs on paper. */
const CONTROLS = [/\bCheck\b/, /Show answer/, /Try again/, /Show a hint/, /Show the answer/, /Previous card/, /Next card/, /Search/, /Reset this lesson/, /Print these cards/, /Skip to content/, /Got it/, /Did you recall it/];

async function printedLesson(page: import('@playwright/test').Page) {
  const text = plain(pdfPages(await printPdf(page)).join(' '));
  const key = text.lastIndexOf('Answer key');
  return { text, key, worksheet: text.slice(0, key), answers: text.slice(key) };
}

test.beforeEach(async ({ page }) => {
  await page.goto(paper(`${LESSON}/`));
  // The self-checks' scripts have run: on screen they can be answered.
  await expect(page.getByRole('button', { name: 'Check', exact: true }).first()).toBeVisible();
});

test('a printed lesson is a worksheet: every question, numbered, with no controls, navigation or search', async ({ page }) => {
  const { worksheet, key } = await printedLesson(page);
  expect(key).toBeGreaterThan(0);
  for (const control of CONTROLS) expect(worksheet).not.toMatch(control);
  expect(worksheet).not.toContain('Second lesson'); // the pager and sidebar
  questions.forEach((question, n) => expect(worksheet).toContain(plain(`${n + 1}. ${question.kind === 'multiple' ? 'Self-check: select all that apply.' : 'Self-check:'}`)));
  for (const question of questions) expect(worksheet).toContain(plain(question.stem));
  // Nothing of the answers is on the worksheet: hints, feedback and explanations wait in the key.
  expect(worksheet).not.toContain('It is the smallest planet.');
  expect(worksheet).not.toContain('Mercury is the first planet');
  expect(worksheet).not.toContain('orbits at about 0.39');
});

test('the key comes after the last question and holds, numbered to match, every hint before every right answer', async ({ page }) => {
  const { text, key, answers } = await printedLesson(page);
  const lastStem = text.lastIndexOf(plain(questions.at(-1)!.stem), key);
  expect(lastStem).toBeGreaterThan(0);
  expect(key).toBeGreaterThan(lastStem);
  let from = 0;
  questions.forEach((question, n) => {
    const entry = answers.indexOf(`${n + 1}. `, from);
    expect(entry, `entry ${n + 1}`).toBeGreaterThanOrEqual(from);
    const hints = question.hints.map((hint) => answers.indexOf(plain(hint), entry));
    const rights = rightAnswers(question).map((right) => answers.indexOf(plain(right), entry));
    for (const at of [...hints, ...rights]) expect(at, question.id).toBeGreaterThan(entry);
    expect(Math.max(...hints, entry)).toBeLessThan(Math.min(...rights));
    if (question.explanation) expect(answers.indexOf(plain(question.explanation), entry)).toBeGreaterThan(Math.max(...rights));
    from = entry + 1;
  });
  expect(answers).toContain('Correct: Mercury Yes: Mercury is the first planet.');
  expect(answers).toContain('Incorrect: Venus Venus is the second planet.');
});

test('the worksheet is blank whatever the learner did on screen', async ({ page }) => {
  const inner = page.locator('mnemo-question#inner-planet');
  // Hints are offered while answering (once answered they go, until "Try again").
  await inner.getByRole('button', { name: /hint/i }).click();
  await inner.getByRole('radio', { name: 'Venus' }).check();
  await inner.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(inner.getByRole('status')).toContainText('Not quite');
  await page.locator('mnemo-question#red-planet').getByRole('textbox').fill('Zorblax');
  const { worksheet } = await printedLesson(page);
  expect(worksheet).not.toContain('Not quite');
  expect(worksheet).not.toContain('Venus is the second planet.');
  expect(worksheet).not.toContain('It is the smallest planet.');
  expect(worksheet).not.toContain('Zorblax');
});

test('links print their full address, and nothing runs off the edge of the paper', async ({ page }) => {
  const pdf = await printPdf(page);
  const squeezed = pdfPages(pdf).join('').replace(/\s+/g, '');
  expect(squeezed).toContain('secondlesson(https://learn.example.org/paper/basics/second/)');
  expect(squeezed).toContain('summary(https://learn.example.org/paper/basics/second/#summary)');
  expect(squeezed).toContain('thereference(https://example.org/orbits)');
  // pdftotext joins a word broken after a hyphen, dropping the hyphen: compare without them.
  expect(squeezed.replace(/-/g, '')).toContain('averylonglineofcodethatwouldrunofftheedgeofthepaperifitdidnotwrapattherightmarginofthepage0123456789');
  // A4 is 595 points wide; the page margin is 12 mm (34 points).
  const words = pdfWords(pdf);
  // The wide table's cells break between words, never inside one.
  for (const whole of ['Planet', 'Mercury', 'Moons', 'astronomical', 'atmosphere']) expect(words.map((w) => w.text), whole).toContain(whole);
  const widest = Math.max(...words.map((word) => word.xMax));
  expect(widest).toBeLessThanOrEqual(595 - 34 + 1);
});
