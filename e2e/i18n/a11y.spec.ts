import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { ar, text, zh, type Guide } from './helpers';

async function expectNoViolations(page: Page, state: string) {
  const violations = await axeViolations(page);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `axe on ${page.url()} (${state})`).toEqual([]);
}

const PAGES: [Guide, string, string][] = [
  [ar, 'home', ''],
  [ar, 'section', 'أساسيات/'],
  [ar, 'lesson with a deck and code', 'أساسيات/البنية-الثابتة/'],
  [ar, '404', 'لا/توجد/'],
  [zh, 'lesson with questions', '基础/发布策略/'],
];

// In the light theme only: a language changes the words and their direction, never a colour,
// and the dark theme's colours are scanned on every page type of the sample guide
// (e2e/quality/a11y.spec.ts).
for (const [guide, type, path] of PAGES) {
  test(`${guide.lang} ${type} page has no axe violations`, async ({ page }) => {
    await page.goto(guide.at(path));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, type);
  });
}

test('right to left: a question answered wrong, with its hint, then its answer shown, has no axe violations', async ({ page }) => {
  test.setTimeout(120_000); // two axe runs
  const s = ar.ui.question;
  await page.goto(ar.at('أساسيات/استراتيجيات-الإصدار/'));
  const question = page.locator('mnemo-question#kanari');
  await question.getByRole('button', { name: text(s.showHint) }).click();
  await question.getByRole('radio').first().check();
  await question.getByRole('button', { name: text(s.check), exact: true }).click();
  await expect(question.getByRole('status')).toHaveText(text(s.saidWrongSingle));
  await expectNoViolations(page, 'a wrong answer with its feedback and a hint');
  await question.getByRole('button', { name: text(s.showAnswer) }).click();
  await expectNoViolations(page, 'the answer shown');
});

test('right to left: the search dialog with results has no axe violations', async ({ page }) => {
  test.setTimeout(120_000); // the search index loads, then axe runs
  await page.goto(ar.at());
  await expect(page.getByRole('banner').getByRole('button', { name: text(ar.ui.search.open) })).toBeVisible();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: text(ar.ui.search.label) }).fill('الإصدار');
  await expect(dialog.getByRole('listbox', { name: text(ar.ui.search.results) }).getByRole('option').first()).toBeVisible();
  await expectNoViolations(page, 'search results');
});
