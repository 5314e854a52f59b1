import { expect, test, type Page } from '@playwright/test';
import { search } from '../search/helpers';
import { axeViolations } from '../support/axe';
import { at, question, ready } from './helpers';
import { arrangeByMouse, MORE_KINDS, orderQuestion, PAIRS, STEPS } from './kinds-helpers';

async function noViolations(page: Page, when: string) {
  expect(await axeViolations(page), `axe violations ${when}`).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every new kind reads fully, and its answer and explanation open from a disclosure', async ({ page }) => {
    await page.goto(MORE_KINDS);
    const order = page.locator('#release-order');
    const steps = order.getByRole('list', { name: 'Put the steps of a blue-green release in order.' }).getByRole('listitem');
    await expect(steps).toHaveCount(4);
    expect(await steps.allTextContents()).not.toEqual(STEPS);
    await expect(order.getByRole('button', { name: 'Move up' })).toHaveCount(0);
    await order.getByText('Show the answer and explanation').click();
    await expect(order.getByRole('list', { name: 'Answer key' }).getByRole('listitem')).toHaveText(STEPS);
    await expect(order.getByText('keep the old environment for a quick rollback')).toBeVisible();

    // The selects need no script to open, so the answers to choose from can be read.
    const match = page.locator('#probe-match');
    await expect(match.getByRole('combobox', { name: 'Liveness' })).toBeEnabled();
    await match.getByText('Show the answer and explanation').click();
    await expect(match.getByRole('list', { name: 'Answer key' }).getByRole('listitem')).toHaveText(PAIRS.map(([prompt, answer]) => `${prompt}: ${answer}`));

    const blanks = page.locator('#pin-blanks');
    await expect(blanks.getByRole('textbox', { name: 'Blank 1 of 2' })).toBeDisabled();
    await blanks.getByText('Show the answer and explanation').click();
    await expect(blanks.getByRole('list', { name: 'Answer key' }).getByRole('listitem')).toHaveText(['Blank 1: digest', 'Blank 2: tag']);
    const one = page.locator('#orbit-blank');
    await one.getByText('Show the answer', { exact: true }).click();
    await expect(one.getByText('Answer: 88 ± 0.5')).toBeVisible();
    // Checking needs the script: no Check button is shown.
    await expect(page.getByRole('button', { name: 'Check' })).toHaveCount(0);
  });
});

test.describe('axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`finds nothing in the ${scheme} theme before answering, after wrong and right checks, and after a reveal`, async ({ page }) => {
      // Two full axe runs and a dozen interactions: more than one test's usual share of time.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(MORE_KINDS);
      const order = orderQuestion(page, 'release-order');
      await ready(order);
      await noViolations(page, 'before answering');

      await order.check.click();
      const match = question(page, 'probe-match');
      await match.root.getByRole('combobox', { name: 'Liveness' }).selectOption({ label: 'Stop sending it traffic.' });
      await match.check.click();
      const blanks = question(page, 'pin-blanks');
      await blanks.root.getByRole('textbox', { name: 'Blank 1 of 2' }).fill('digest');
      await blanks.check.click();
      await expect(blanks.status).toHaveText(/^Not quite/);
      await noViolations(page, 'after wrong checks');

      await order.retry.click();
      await arrangeByMouse(order, STEPS);
      await order.check.click();
      await match.reveal.click();
      await blanks.retry.click();
      await blanks.root.getByRole('textbox', { name: 'Blank 2 of 2' }).fill('tag');
      await blanks.check.click();
      await expect(blanks.status).toHaveText(/^Correct/);
      await noViolations(page, 'after right checks and a reveal');
    });
  }

  test('finds nothing without the self-check scripts, with every disclosure open', async ({ page }) => {
    test.slow();
    // axe itself needs JavaScript, so the generator's scripts are blocked instead of all scripts.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(MORE_KINDS);
    for (const summary of await page.getByText(/^Show the answer/).all()) await summary.click();
    await page.locator('#release-order').getByText('Hint', { exact: true }).click();
    await noViolations(page, 'without the scripts');
  });
});

test.describe('search', () => {
  test('finds a question by its steps, its items and the words around its blanks', async ({ page }) => {
    await page.goto(at());
    for (const [query, stem] of [
      ['smoke', 'Put the steps of a blue-green release in order.'],
      ['readiness', 'Match each probe to what the orchestrator does when it fails.'],
      ['pinned', 'An image reference pinned by its'],
    ]) {
      const ui = await search(page, query!);
      await expect(ui.options.filter({ hasText: /^Question/ }).first(), query).toHaveAccessibleName(new RegExp(`^Question ${stem!.replace(/\./g, '\\.')}`));
      await page.keyboard.press('Escape');
    }
  });

  // Each word is only in the place named: the answers would be handed over.
  for (const [word, where] of [
    ['container', 'the answer of a pair'],
    ['digest', 'the accepted answer of a blank'],
  ]) {
    test(`finds nothing for a word only in ${where}`, async ({ page }) => {
      await page.goto(at());
      const ui = await search(page, word!);
      await expect(ui.status).toHaveText(`No results for “${word}”.`);
    });
  }
});
