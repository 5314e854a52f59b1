import { expect, test, type Page } from '@playwright/test';
import { pageLightness, printPdf } from './pdf';
import { paper } from './helpers';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const codeColour = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.astro-code span span')!).color);

for (const [how, prepare] of [
  ['chosen in the theme menu', (page: Page) => page.addInitScript(() => localStorage.setItem('mnemo:theme', 'dark'))],
  ['asked for by the system', async () => {}],
] as const) {
  test(`printing from the dark theme (${how}) gives light paper with the light code colours`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(paper('basics/worksheet/'));
    const lightCode = await (async () => {
      const other = await page.context().newPage();
      await other.emulateMedia({ colorScheme: 'light' });
      await other.goto(paper('basics/worksheet/'));
      const colour = await codeColour(other);
      await other.close();
      return colour;
    })();
    await prepare(page);
    await page.reload();
    expect(await background(page)).toBe('rgb(20, 23, 28)'); // dark on screen
    const screenCode = await codeColour(page);
    expect(screenCode).not.toBe(lightCode);

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    expect(await codeColour(page)).toBe(lightCode);
    // Back to the default, so that the PDF is printed with print media.
    await page.emulateMedia({ media: null, colorScheme: 'dark' });

    // Even with backgrounds printed, the paper stays white: mostly light pixels.
    const pdf = await printPdf(page, { background: true });
    expect(pageLightness(pdf, 1)).toBeGreaterThan(230);
  });
}
