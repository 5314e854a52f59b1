/**
 * Screenshots of every page type of a built guide, at a phone's width (390 px) and a desktop's
 * (1280 px), in the light and the dark theme, with the interactive states a reviewer wants to see:
 * a question answered wrong with its hint, the search dialog with results, an item due in review,
 * an exam before Start, while it runs, and its results.
 * Written to `screenshots/` (not committed): look at them after a change to how pages look.
 *
 *   npm run build && npm run screenshots            SITE=other/dist npm run screenshots
 *
 * The site is served at the root of a local port, so build it with the default base (`/`).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SITE = resolve(process.env.SITE ?? join(ROOT, 'dist'));
const OUT = join(ROOT, 'screenshots');
const PORT = Number(process.env.SCREENSHOT_PORT ?? 5981);
/** An exam page of the sample guide (`EXAM=<path>` for another guide's). */
const EXAM = process.env.EXAM ?? 'exams/releasing-check/';
const at = (path: string) => `http://127.0.0.1:${PORT}/${path}`;

/** A page of the guide, and what to do on it before the picture. */
interface Shot {
  name: string;
  path: string;
  act?: (page: Page) => Promise<void>;
}

/** The first page linked from the home page that holds a choice question. */
async function lessonWithQuestions(page: Page): Promise<string> {
  await page.goto(at(''));
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  for (const href of hrefs) {
    await page.goto(at(href.slice(1)));
    if (await page.locator('mnemo-question').filter({ has: page.getByRole('radio') }).count()) return href.slice(1);
  }
  throw new Error('No page linked from the home page has a choice question.');
}

async function answerWrong(page: Page) {
  const question = page.locator('mnemo-question[data-state]').filter({ has: page.getByRole('radio') }).first();
  await question.scrollIntoViewIfNeeded();
  const hint = question.locator('.mn-hints button');
  if (await hint.count()) await hint.first().click();
  await question.getByRole('radio').last().check();
  await question.getByRole('button', { name: 'Check', exact: true }).click();
}

async function openSearch(page: Page) {
  await page.keyboard.press('Control+K');
  await page.locator('#mn-search-input').fill('rollback');
  await page.locator('#mn-search-results').getByRole('option').first().waitFor();
}

/** Starts the exam on the page (or goes on with it); with `submit`, answers nothing, submits and confirms. */
async function takeExam(page: Page, submit: boolean) {
  // An attempt started by the shot before goes on where it was, with no Start button.
  const start = page.getByRole('button', { name: /^Start the (exam|test)$/ });
  if (await start.isVisible()) await start.click();
  await page.getByRole('button', { name: 'Submit answers' }).waitFor();
  if (!submit) return;
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
  await page.locator('.mn-exam__outcome').waitFor();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic([{ prefix: '/', dir: SITE }], PORT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // Lesson pages are found from the home page, so the script fits any guide.
    const probe = await browser.newPage();
    const lesson = await lessonWithQuestions(probe);
    const section = lesson.split('/').slice(0, -2).join('/');
    await probe.close();
    const shots: Shot[] = [
      { name: 'home', path: '' },
      { name: 'section', path: section ? `${section}/` : '' },
      { name: 'lesson', path: lesson },
      { name: 'lesson-answered', path: lesson, act: answerWrong },
      { name: 'search', path: lesson, act: openSearch },
      { name: 'review', path: 'review/' },
      { name: 'practice', path: 'practice/' },
      { name: 'progress', path: 'progress/' },
      { name: 'print', path: 'print/' },
      { name: 'exam', path: EXAM },
      { name: 'exam-taking', path: EXAM, act: (page) => takeExam(page, false) },
      { name: 'exam-results', path: EXAM, act: (page) => takeExam(page, true) },
      { name: 'not-found', path: 'no/such/page/' },
    ];
    let count = 0;
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        for (const shot of shots) {
          await page.goto(at(shot.path), { waitUntil: 'networkidle' });
          await shot.act?.(page);
          await page.screenshot({ path: join(OUT, `${shot.name}-${width}-${scheme}.png`) });
          count++;
        }
        await context.close();
      }
    }
    console.log(`${count} screenshots in ${OUT}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
