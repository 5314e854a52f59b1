import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, siteUrl } from '../support/sites';
import { pdfPages, printPdf } from './pdf';
import { paper, plain, questionsOf, rightAnswers, squeeze } from './helpers';

test('print/ is one page: the contents lead to every chapter and lesson, in guide order, by anchors at their addresses', async ({ page }) => {
  const documents: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'document' && documents.push(request.url())));
  await page.goto(paper('print/'));
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const entries = await contents.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
  expect(entries).toEqual([
    ['Basics', '#basics/'],
    ['Worksheet', '#basics/worksheet/'],
    ['Second lesson', '#basics/second/'],
    ['More', '#more/'],
    ['Third lesson', '#more/third/'],
    ['Answer key', '#_answer-key'],
  ]);
  await contents.getByRole('link', { name: 'Second lesson' }).click();
  await expect(page.locator('[id="basics/second/"]').getByRole('heading', { name: 'Second lesson' })).toBeInViewport();
  // A link from one lesson to another's heading stays on this page.
  await page.getByRole('link', { name: 'worksheet', exact: true }).click();
  await expect(page).toHaveURL(/#basics\/worksheet\/summary$/);
  await expect(page.locator('[id="basics/worksheet/summary"]')).toBeInViewport();
  expect(documents).toEqual([paper('print/')]);
  // Two lessons have a "Summary" heading; every id on the page is still unique.
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, n) => ids.indexOf(id) !== n);
  });
  expect(duplicates).toEqual([]);
});

test('print/ of the sample guide is a worksheet of every question, then one key holding every right answer', async ({ page }) => {
  test.setTimeout(180_000);
  const questions = questionsOf('sample');
  await page.goto(siteUrl('sample', 'print/'));
  const text = plain(pdfPages(await printPdf(page)).join(' '));
  const key = text.lastIndexOf('Answer key');
  const worksheet = text.slice(0, key);
  expect(worksheet).not.toMatch(/Show answer|Try again|Show the answer|Show a hint/);
  // The sample's prose says "Check" a few times; a button would add one per question.
  const sources = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx') || f.endsWith('.md'));
  const written = sources.reduce((n, f) => n + (readFileSync(join(ROOT, 'content', f), 'utf8').match(/\bCheck\b/g)?.length ?? 0), 0);
  expect(worksheet.match(/\bCheck\b/g)?.length ?? 0).toBeLessThanOrEqual(written);
  // Stems in guide order before the key; every right answer after it.
  const [before, after] = [squeeze(worksheet), squeeze(text.slice(key))];
  let last = 0;
  for (const question of questions) {
    // A blank prints as a box to write in, so a fill-in question is found by its text before the first blank.
    const stem = before.indexOf(squeeze(question.stem.split('_____')[0]!).slice(0, 50), last);
    expect(stem, `${question.id} in the worksheet, in guide order`).toBeGreaterThanOrEqual(last);
    last = stem;
    for (const right of rightAnswers(question)) expect(after, `${question.id} in the key`).toContain(squeeze(right));
  }
});

test('?answers=inline puts each question\'s hints, answer and explanation right after it, with no key at the end', async ({ page }) => {
  const questions = questionsOf('paper');
  await page.goto(paper('print/?answers=inline'));
  await expect(page.getByRole('checkbox', { name: /right after its question/ })).toBeChecked();
  const text = plain(pdfPages(await printPdf(page)).join(' '));
  expect(text).not.toContain('Answer key');
  questions.forEach((question, n) => {
    const stem = text.indexOf(plain(question.stem));
    const next = n + 1 < questions.length ? text.indexOf(plain(questions[n + 1]!.stem)) : text.length;
    for (const hint of question.hints) expect(text.indexOf(plain(hint), stem), `${question.id} hint`).toBeGreaterThan(stem);
    for (const right of rightAnswers(question)) {
      const at = text.indexOf(plain(right), stem);
      expect(at, `${question.id} answer`).toBeGreaterThan(Math.max(stem, ...question.hints.map((hint) => text.indexOf(plain(hint), stem))));
      expect(at, `${question.id} answer before the next question`).toBeLessThan(next);
    }
  });
});

test('the option on the page switches the teacher\'s copy on and off, and the address follows it', async ({ page }) => {
  await page.goto(paper('print/'));
  const option = page.getByRole('checkbox', { name: /right after its question/ });
  const explanation = page.getByText('Iron oxide dust makes Mars look red.');
  const key = page.getByRole('heading', { name: 'Answer key', level: 2 });
  // Once inside its question's closed disclosure, once in the key.
  await expect(explanation).toHaveCount(2);
  await expect(key).toBeVisible();
  await expect(explanation.first()).toBeHidden();
  await expect(explanation.last()).toBeVisible();
  await option.check();
  await expect(page).toHaveURL(/\?answers=inline$/);
  await expect(key).toBeHidden();
  await expect(explanation.first()).toBeVisible();
  await option.uncheck();
  await expect(page).toHaveURL(paper('print/'));
  await expect(key).toBeVisible();

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '');
});
