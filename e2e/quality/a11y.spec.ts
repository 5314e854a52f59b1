import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { siteUrl } from '../support/sites';

async function expectNoViolations(page: Page, state: string) {
  const violations = await axeViolations(page);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `axe on ${page.url()} (${state})`).toEqual([]);
}

const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['section', 'releasing/'],
  ['lesson with self-checks', 'foundations/immutable-infrastructure/'],
  ['plain Markdown lesson', 'reference/cheat-sheet/'],
  ['404', 'no/such/page/'],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`sample guide, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [type, path] of PAGE_TYPES) {
      test(`${type} page has no axe violations`, async ({ page }) => {
        await page.goto(siteUrl('sample', path));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoViolations(page, type);
      });
    }

    test('self-checks in every state have no axe violations', async ({ page }) => {
      await page.goto(siteUrl('sample', 'foundations/immutable-infrastructure/'));
      const question = page.locator('mnemo-question#replace-not-patch');
      const check = question.getByRole('button', { name: 'Check', exact: true });
      await expect(check).toBeVisible();

      await question.getByRole('radio').first().check();
      const rightChoice = question.locator('.mn-choice[data-correct="true"] input');
      const wrongChoice = question.locator('.mn-choice[data-correct="false"] input').first();
      await wrongChoice.check();
      await check.click();
      await expect(question.getByRole('button', { name: /Try again|Answer again/ })).toBeVisible();
      await expectNoViolations(page, 'answered wrong');

      const hint = question.getByRole('button', { name: /hint/i });
      if (await hint.isVisible()) await hint.click();
      await expectNoViolations(page, 'hint shown');

      await question.getByRole('button', { name: /Try again|Answer again/ }).click();
      await rightChoice.check();
      await check.click();
      await expect(question.locator('.mn-question__outcome')).toBeVisible();
      await expectNoViolations(page, 'answered right');

      const other = page.locator('mnemo-question').nth(1);
      await other.getByRole('button', { name: 'Show answer', exact: true }).click();
      await expect(other.locator('.mn-question__outcome')).toBeVisible();
      await expectNoViolations(page, 'answer revealed');

      const card = page.locator('mnemo-flashcard').first();
      await card.locator('summary').click();
      await expect(card.getByRole('button', { name: 'Got it' })).toBeVisible();
      await expectNoViolations(page, 'flashcard flipped');
    });

    test('the search dialog with results has no axe violations', async ({ page }) => {
      await page.goto(siteUrl('sample', 'foundations/immutable-infrastructure/'));
      await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
      await page.keyboard.press('Control+K');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await page.keyboard.type('canary');
      await expect(dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
      await expectNoViolations(page, 'search dialog open with results');
    });
  });
}
