import { expect, test } from '@playwright/test';
import { crawl } from '../support/crawl';
import { GUIDES, ar, text, zh } from './helpers';

for (const guide of GUIDES) {
  test.describe(`the ${guide.lang} guide`, () => {
    test('every page, link, anchor and asset works, and each page says its language and direction', async ({ page }) => {
      test.setTimeout(120_000);
      const result = await crawl(page, guide.at(), async (open, url) => {
        const html = await open.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
        return html[0] === guide.lang && html[1] === guide.dir ? [] : [`<html lang="${html[0]}" dir="${html[1]}"> on ${decodeURI(url)}`];
      });
      expect(result.problems).toEqual([]);
      expect(result.foreign).toEqual([]);
      expect(result.pages).toBeGreaterThan(4);
    });

    test('the interface speaks the language of the guide', async ({ page }) => {
      const { ui } = guide;
      await page.goto(guide.at());
      await expect(page.getByRole('link', { name: text(ui.page.skip) })).toBeAttached();
      await expect(page.getByRole('banner').getByRole('button', { name: text(ui.search.open) })).toBeVisible();
      await expect(page.getByRole('navigation', { name: text(ui.page.lessons) })).toBeAttached();
      await expect(page.getByRole('combobox', { name: text(ui.page.theme) })).toBeAttached();
      await expect(page.locator('.mn-home__meta')).toContainText(guide.lang === 'ru' ? '3 урока, 2 раздела.' : guide.lang === 'ar' ? '3 دروس، قسمان.' : '共 3 节课，分为 2 个章节。');
    });
  });
}

test('a Chinese lesson: controls, hints, decks and progress in Chinese', async ({ page }) => {
  const { ui } = zh;
  await page.goto(zh.at('基础/发布策略/'));
  const question = page.locator('mnemo-question#jinsique');
  await expect(question.getByRole('button', { name: text(ui.question.check), exact: true })).toBeVisible();
  await expect(question).toContainText(text(ui.question.kindSingle));
  await question.getByRole('button', { name: text(ui.question.check), exact: true }).click();
  await expect(question.getByRole('status')).toHaveText(text(ui.question.emptySingle));
  await expect(page.getByRole('navigation', { name: text(ui.page.pager) })).toContainText(text(ui.page.previous));
  await expect(page.locator('.mn-lesson-progress')).toContainText('2 道自测题中答对 0 道。');

  await page.goto(zh.at('基础/不可变基础设施/'));
  const deck = page.getByRole('region', { name: '记忆卡片：常用术语' });
  await expect(deck.locator('.mn-deck__position')).toHaveText('卡片 1 / 2');
  await deck.getByRole('button', { name: text(ui.card.next) }).click();
  await expect(deck.locator('.mn-deck__position')).toHaveText('卡片 2 / 2');
});

test.describe('a right-to-left guide', () => {
  test('mirrors the layout: the sidebar and the start of every line are on the right', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(ar.at('أساسيات/استراتيجيات-الإصدار/'));
    const main = await page.locator('main').boundingBox();
    const sidebar = await page.getByRole('navigation', { name: text(ar.ui.page.lessons) }).boundingBox();
    expect(sidebar!.x).toBeGreaterThan(main!.x);
    const heading = page.getByRole('heading', { level: 1 });
    const [headingBox, mainBox] = [await heading.boundingBox(), await page.locator('.mn-content').first().boundingBox()];
    // The title starts at the right edge of the content column.
    expect(Math.abs(headingBox!.x + headingBox!.width - (mainBox!.x + mainBox!.width))).toBeLessThan(2);
    const choice = page.locator('mnemo-question#kanari .mn-choice').first();
    const radio = await choice.getByRole('radio').boundingBox();
    const label = await choice.boundingBox();
    expect(radio!.x).toBeGreaterThan(label!.x + label!.width / 2);
  });

  test('keeps code left to right', async ({ page }) => {
    await page.goto(ar.at('أساسيات/البنية-الثابتة/'));
    const code = page.locator('pre').first();
    await expect(code).toHaveAttribute('dir', 'ltr');
    expect(await code.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});
