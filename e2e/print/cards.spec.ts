import { expect, test, type Page } from '@playwright/test';
import { pdfPages, pdfWords, printPdf, type PdfWord } from './pdf';
import { siteUrl } from '../support/sites';
import { paper, plain } from './helpers';

const DECK = [
  ['France?', 'Paris'],
  ['Italy?', 'Rome'],
  ['Spain?', 'Madrid'],
  ['Norway?', 'Oslo'],
  ['Peru?', 'Lima'],
] as const;
/** A card's cell is 60 mm high: 170 points. */
const CELL = 170;

/** The sheet's page whose title starts with `title`, 1-based. */
function sheetPage(pages: string[], title: string): number {
  return pages.findIndex((text) => plain(text).startsWith(title)) + 1;
}

/** Which half of the page a word is in, and the word on `page` that reads `text`. */
const column = (word: PdfWord) => (word.x < word.pageWidth / 2 ? 'left' : 'right');
const word = (words: PdfWord[], page: number, text: string) => {
  const found = words.filter((w) => w.page === page && w.text === text);
  expect(found, `"${text}" on page ${page}`).toHaveLength(1);
  return found[0]!;
};

async function openLesson(page: Page) {
  await page.goto(paper('basics/worksheet/'));
  await expect(page.getByRole('button', { name: 'Next card' })).toBeVisible();
}

test('flashcards print as a sheet to cut out: the fronts, then the backs mirrored so that each lands behind its own front', async ({ page }) => {
  await openLesson(page);
  const pdf = await printPdf(page);
  const pages = pdfPages(pdf);
  const fronts = sheetPage(pages, 'Capitals: fronts.');
  expect(fronts).toBeGreaterThan(0);
  expect(plain(pages[fronts]!)).toMatch(/^Capitals: backs\. Print double-sided, flipping on the long edge/);
  const words = pdfWords(pdf);
  DECK.forEach(([front, back], n) => {
    const number = String(n + 1);
    const [frontNumber, backNumber] = [word(words, fronts, number), word(words, fronts + 1, number)];
    // Same row, other column: the mirror image across the long edge.
    expect(Math.abs(frontNumber.y - backNumber.y), `card ${number} row`).toBeLessThan(1);
    expect(column(backNumber), `card ${number} column`).not.toBe(column(frontNumber));
    // Each text sits in its own card's cell, on both sides.
    for (const [side, text, corner] of [[fronts, front, frontNumber], [fronts + 1, back, backNumber]] as const) {
      const found = word(words, side, text);
      expect(column(found), `${text} column`).toBe(column(corner));
      expect(found.y - corner.y, `${text} row`).toBeGreaterThan(0);
      expect(found.y - corner.y, `${text} row`).toBeLessThan(CELL);
    }
  });
  // Five cards fill two rows and a half: the fifth front is on the left, its back on the right.
  expect(column(word(words, fronts, 'Peru?'))).toBe('left');
  expect(column(word(words, fronts + 1, 'Lima'))).toBe('right');
  // The card outside the deck gets a sheet of its own at the end of the lesson, named after it.
  const loose = sheetPage(pages, 'Worksheet: fronts.');
  expect(loose).toBeGreaterThan(fronts);
  expect(plain(pages[loose - 1]!)).toContain('Largest planet?');
  expect(plain(pages[loose]!)).toContain('Jupiter');
});

test('"Print these cards" prints that deck alone, by keyboard, and the lesson prints whole again afterwards', async ({ page }) => {
  await openLesson(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  const button = page.getByRole('region', { name: 'Flashcards: Capitals' }).getByRole('button', { name: 'Print these cards' });
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const pages = pdfPages(await printPdf(page)).map(plain);
  expect(pages).toHaveLength(2);
  expect(pages[0]).toMatch(/^Capitals: fronts\./);
  for (const [front] of DECK) expect(pages[0]).toContain(front);
  for (const [, back] of DECK) expect(pages[1]).toContain(back);
  expect(pages.join(' ')).not.toContain('Orbits are the subject');
  expect(pages.join(' ')).not.toContain('Largest planet?');

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const whole = pdfPages(await printPdf(page)).join(' ');
  expect(whole).toContain('Orbits are the subject');
});

test('in a right-to-left guide the fronts run right to left and the backs are still their mirror', async ({ page }) => {
  await page.goto(siteUrl('i18n-ar', encodeURI('أساسيات/البنية-الثابتة/')));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.mn-sheet', { hasText: 'مصطلحات' });
  // Where each card's number stands, left to right, on the fronts and on the backs.
  const order = (side: string) =>
    sheet.locator(`.mn-sheet__page--${side} .mn-sheet__card`).evaluateAll((cards) =>
      cards.map((card) => ({ n: card.querySelector('.mn-sheet__n')!.textContent, x: card.getBoundingClientRect().x })).sort((a, b) => a.x - b.x).map((c) => c.n),
    );
  expect(await order('front')).toEqual(['2', '1']);
  expect(await order('back')).toEqual(['1', '2']);
});
