import { expect, type Locator, type Page } from '@playwright/test';
import { siteUrl } from '../support/sites';

/** The search fixture site (e2e/fixtures/search), served under the `/search/` sub-path. */
export const at = (path = '') => siteUrl('search', path);

/** The search dialog and its parts, found the way a screen-reader user would find them. */
export function searchDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: /^Search / });
  const results = dialog.getByRole('listbox', { name: 'Search results' });
  return {
    dialog,
    input: dialog.getByRole('combobox', { name: 'Search lessons, questions and flashcards' }),
    results,
    options: results.getByRole('option'),
    status: dialog.getByRole('status'),
    section: dialog.getByRole('combobox', { name: 'Section' }),
  };
}

/** Waits until the header's search button is usable (its script has run). */
export async function searchButton(page: Page): Promise<Locator> {
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toBeVisible();
  return button;
}

/** Opens search with Ctrl+K, types `query` and waits for the announced count. */
export async function search(page: Page, query: string) {
  await searchButton(page);
  await page.keyboard.press('Control+K');
  const ui = searchDialog(page);
  await expect(ui.input).toBeFocused();
  await page.keyboard.type(query);
  await expect(ui.status).toHaveText(/lessons? found|No results|unavailable/);
  return ui;
}

/** The accessible names of the lesson results, in order. */
export async function lessonTitles(page: Page): Promise<string[]> {
  return searchDialog(page).dialog.locator('.mn-search-hit--lesson .mn-search-hit__title').allTextContents();
}
