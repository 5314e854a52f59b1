import { expect, test } from '@playwright/test';
import { at, search, searchButton, searchDialog } from './helpers';

test.describe('search by keyboard alone', () => {
  test('Ctrl+K, a concept, ArrowDown to its question, Enter lands on the question with the term marked', async ({ page }) => {
    await page.goto(at('observability/canary-analysis/'));
    const ui = await search(page, 'quarantine');
    await expect(ui.status).toHaveText('1 lesson found.');
    await expect(ui.options.first()).toHaveAccessibleName('Lesson Rollbacks Delivery');

    // Walk down the list until the active option is the question, as a reader would.
    const activeKind = async () => {
      const id = await ui.input.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}-kind"]`).textContent() : '';
    };
    for (let i = 0; i < 5 && (await activeKind()) !== 'Question'; i++) await page.keyboard.press('ArrowDown');
    const active = ui.results.locator('[role="option"][aria-selected="true"]');
    await expect(active).toHaveAccessibleName(/^Question During a rollout, one host keeps failing its checks/);
    await expect(ui.input).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
    await expect(ui.input).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(at('delivery/rollbacks/?q=quarantine#quarantine-host'));
    const question = page.locator('#quarantine-host');
    await expect(question).toBeInViewport();
    await expect(question.locator('mark')).toHaveText(['quarantine']);
  });

  test('a flashcard is found by its front and opens at the card', async ({ page }) => {
    await page.goto(at());
    const ui = await search(page, 'tail latency');
    const card = ui.options.filter({ hasText: /^Flashcard/ });
    await expect(card).toHaveAccessibleName('Flashcard Why does tail latency call for percentiles rather than averages? in Canary analysis');
    await card.click();
    await expect(page).toHaveURL(at('observability/canary-analysis/?q=tail%20latency#percentile-card'));
    await expect(page.locator('#percentile-card')).toBeInViewport();
    await expect(page.locator('#percentile-card mark')).toHaveText(['tail', 'latency']);
  });

  test('Up and Down wrap around the list; Enter with nothing chosen opens the first result', async ({ page }) => {
    await page.goto(at());
    const ui = await search(page, 'rollout');
    const count = await ui.options.count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press('ArrowUp');
    await expect(ui.options.last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(ui.options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/.+\?q=rollout$/);
  });

  test('Escape closes the dialog and returns focus to the button that opened it', async ({ page }) => {
    await page.goto(at('delivery/rollbacks/'));
    const button = await searchButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    const ui = searchDialog(page);
    await expect(ui.dialog).toBeVisible();
    await expect(ui.input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(ui.dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Escape after Ctrl+K returns focus to where the reader was', async ({ page }) => {
    await page.goto(at('delivery/rollbacks/'));
    await searchButton(page);
    const link = page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ });
    await link.focus();
    await page.keyboard.press('Control+K');
    await expect(searchDialog(page).input).toBeFocused();
    // Tab stays inside the modal dialog.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await expect(searchDialog(page).dialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(link).toBeFocused();
  });

  test('the shortcut is announced and shown', async ({ page }) => {
    await page.goto(at());
    const button = await searchButton(page);
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
    await expect(button.locator('kbd kbd')).toHaveText(['Ctrl', 'K']);
  });
});
