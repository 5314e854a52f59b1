import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { paper } from './helpers';

async function expectNoViolations(page: Page, state: string) {
  const violations = await axeViolations(page);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `axe on ${page.url()} (${state})`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the printable guide has no axe violations, with answers at the end or after each question', async ({ page }) => {
      // axe goes through the whole guide, twice.
      test.setTimeout(180_000);
      await page.goto(paper('print/'));
      await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
      await expectNoViolations(page, 'key at the end');
      await page.getByRole('checkbox', { name: /right after its question/ }).check();
      await expectNoViolations(page, 'answers inline');
    });

    test('a lesson with a deck to print has no axe violations', async ({ page }) => {
      // axe also goes through the lesson's answer key and card sheets, hidden on screen.
      test.setTimeout(120_000);
      await page.goto(paper('basics/worksheet/'));
      await expect(page.getByRole('button', { name: 'Print these cards' })).toBeVisible();
      await expectNoViolations(page, 'print button shown');
    });
  });
}
