import { expect, test, type Page } from '@playwright/test';
import { ar, ru, text, zh, type Guide } from './helpers';

/** Types `typed` into the question `id` (emptied first) as a keyboard would, checks, and returns its status line. */
async function answer(page: Page, guide: Guide, id: string, typed: string) {
  const question = page.locator(`mnemo-question[id="${id}"]`);
  const check = question.getByRole('button', { name: text(guide.ui.question.check), exact: true });
  await expect(check).toBeVisible();
  await question.getByRole('textbox').fill('');
  // insertText sends the characters as an input method commits them, whatever the layout.
  await page.keyboard.insertText(typed);
  await page.keyboard.press('Enter');
  return question.getByRole('status');
}

const right = (guide: Guide, explained: boolean) => `${text(guide.ui.question.saidRight)}${explained ? text(guide.ui.question.saidExplanation) : ''}`;

test('a typographic apostrophe, as smart punctuation writes it, is the keyboard’s', async ({ page }) => {
  await page.goto(zh.at('练习/题目/'));
  await expect(await answer(page, zh, 'suoxie', 'don’t')).toHaveText(right(zh, true));
});

test('full-width digits and a full-width decimal point from a Chinese input method are numbers', async ({ page }) => {
  await page.goto(zh.at('练习/题目/'));
  await expect(await answer(page, zh, 'fenpi', '４')).toHaveText(right(zh, false));
  const hours = page.locator('mnemo-question').nth(2);
  const id = await hours.getAttribute('id');
  await expect(await answer(page, zh, id!, '１．５')).toHaveText(right(zh, false));
});

test('a decimal comma, as Russian writes it, is a decimal point; a wrong answer is said in Russian', async ({ page }) => {
  await page.goto(ru.at('практика/вопросы/'));
  const id = await page.locator('mnemo-question').nth(1).getAttribute('id');
  const status = await answer(page, ru, id!, '2,5');
  await expect(status).toHaveText(text(ru.ui.question.saidWrong));
  await page.locator(`mnemo-question[id="${id}"]`).getByRole('button', { name: text(ru.ui.question.tryAgain) }).click();
  await expect(await answer(page, ru, id!, '1,5')).toHaveText(right(ru, false));
});

test('Arabic-Indic digits with the Arabic decimal separator, and a Persian keyboard’s ye, are right', async ({ page }) => {
  await page.goto(ar.at('تدريب/أسئلة/'));
  await expect(await answer(page, ar, 'saat', '١٫٥')).toHaveText(right(ar, false));
  // "بیئة" typed with the Persian ye (U+06CC), as Persian and Urdu keyboards write it.
  await expect(await answer(page, ar, 'biea', 'بیئة')).toHaveText(right(ar, true));
});
