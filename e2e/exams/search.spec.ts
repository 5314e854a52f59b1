import { expect, test } from '@playwright/test';
import { lessonTitles, search } from '../search/helpers';
import { at } from './helpers';

test('search finds an exam page by its title and instructions, never by the questions it holds', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(at(''));
  await search(page, 'before the time runs out');
  expect(await lessonTitles(page)).toEqual(['Timed exam']);
  await page.keyboard.press('Escape');

  await page.reload();
  // The stem of the question written on the exam page, and its feedback: neither is indexed.
  const ui = await search(page, 'misbehaves');
  await expect(ui.status).toHaveText('No results for “misbehaves”.');
  await page.keyboard.press('Escape');
  await page.reload();
  const again = await search(page, 'prolongs');
  await expect(again.status).toHaveText('No results for “prolongs”.');
});
