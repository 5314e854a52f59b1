import { expect, test, type Page } from '@playwright/test';
import { ar, ru, text, zh, type Guide } from './helpers';

/** Opens search with Ctrl+K in `guide`, types `query`, and returns the dialog's parts. */
async function search(page: Page, guide: Guide, query: string) {
  const s = guide.ui.search;
  await expect(page.getByRole('banner').getByRole('button', { name: text(s.open) })).toBeVisible();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('combobox', { name: text(s.label) });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(dialog.getByRole('status')).not.toHaveText('');
  const options = dialog.getByRole('listbox', { name: text(s.results) }).getByRole('option');
  /** Opens the result whose accessible name matches `name`. */
  const open = (name: RegExp) => options.and(page.getByRole('option', { name })).click();
  return { dialog, options, open, status: dialog.getByRole('status') };
}

test('Chinese: a word inside unspaced text finds the flashcard it is on, labelled and linked as that card', async ({ page }) => {
  await page.goto(zh.at());
  const { options, open, status } = await search(page, zh, '配置漂移');
  await expect(status).toHaveText('找到 1 节课。');
  const card = options.filter({ hasText: /^卡片/ });
  await expect(card).toHaveAccessibleName(/^卡片 服务器出现配置漂移时，不可变基础设施怎么处理？ 在“不可变基础设施”中/);
  await expect(options.filter({ hasText: /^题目/ })).toHaveCount(0);
  await open(/^卡片 服务器出现配置漂移时/);
  await expect(page).toHaveURL(/\/i18n-zh\/%E5%9F%BA%E7%A1%80\/.*\?q=.*#peizhi-piaoyi$/);
  await expect(page.locator('mnemo-flashcard#peizhi-piaoyi')).toBeInViewport();
  await expect(page.locator('mnemo-flashcard#peizhi-piaoyi mark')).toHaveText(['配置', '漂移']);
});

test('Chinese: segmentation finds words inside longer runs, and headings in Chinese are parts', async ({ page }) => {
  await page.goto(zh.at());
  const { options, open } = await search(page, zh, '环境');
  await expect(options.filter({ hasText: /^课程/ })).toHaveCount(2);
  await expect(options.filter({ hasText: /^小节/ }).first()).toHaveAccessibleName(/^小节 蓝绿部署 在“发布策略”中/);
  await open(/^小节 蓝绿部署/);
  await expect(page).toHaveURL(/#%E8%93%9D%E7%BB%BF%E9%83%A8%E7%BD%B2$/);
  await expect(page.getByRole('heading', { name: '蓝绿部署' })).toBeInViewport();
});

test('Russian: a heading written only in Cyrillic is a part of its own', async ({ page }) => {
  await page.goto(ru.at());
  const { options } = await search(page, ru, 'образы');
  await expect(options.filter({ hasText: /^Заголовок/ })).toHaveAccessibleName(/^Заголовок Образы в уроке «Неизменяемая инфраструктура»/);
});

test('Russian: an inflected word finds its stem, and a stem lands on its question', async ({ page }) => {
  await page.goto(ru.at());
  const { options } = await search(page, ru, 'серверы');
  await expect(options.filter({ hasText: /^Урок/ })).toHaveAccessibleName(/^Урок Неизменяемая инфраструктура/);
  await page.keyboard.press('Escape');
  const found = await search(page, ru, 'стратегия');
  await found.open(/^Вопрос Как называется стратегия/);
  await expect(page).toHaveURL(/#zamena$/);
  await expect(page.locator('mnemo-question#zamena')).toBeInViewport();
});

test('Arabic: a choice finds its question, titled by its stem up to the Arabic question mark', async ({ page }) => {
  await page.goto(ar.at());
  const { options, open, status } = await search(page, ar, 'متطابقتين');
  await expect(status).toHaveText('عُثر على درس واحد.');
  await expect(options.filter({ hasText: /^سؤال/ })).toHaveAccessibleName(/^سؤال أيّ العبارات التالية صحيحة عن النشر الأزرق والأخضر؟ في «استراتيجيات الإصدار»/);
  await open(/^سؤال أيّ العبارات/);
  await expect(page).toHaveURL(/#azraq$/);
  await expect(page.locator('mnemo-question#azraq')).toBeInViewport();
});

test('Arabic: the index stems words, so a word without its article finds it with one', async ({ page }) => {
  await page.goto(ar.at());
  const { options } = await search(page, ar, 'خادم');
  await expect(options.filter({ hasText: /^درس/ })).toHaveAccessibleName(/^درس البنية التحتية الثابتة/);
});
