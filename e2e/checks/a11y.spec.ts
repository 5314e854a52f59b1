import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { at, question, ready } from './helpers';

async function noViolations(page: Page, when: string) {
  expect(await axeViolations(page), `axe violations ${when}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('choice questions pass axe before and after checking, revealing and hints', async ({ page }) => {
      await page.goto(at('drills/choices/'));
      const q = question(page, 'planet-single');
      await ready(q);
      await noViolations(page, 'before answering');
      // Hints are offered while answering (once answered they go, until "Try again").
      await q.hint.click();
      await q.radio('Venus').check();
      await q.check.click();
      const p = question(page, 'primes-multiple');
      await p.reveal.click();
      await expect(p.outcome).toBeVisible();
      await noViolations(page, 'after a wrong check, a hint and a reveal');
      await q.retry.click();
      await q.radio('Mercury').check();
      await q.check.click();
      await expect(q.outcome).toBeVisible();
      await noViolations(page, 'after a right check');
    });

    test('typed questions pass axe after right and wrong answers', async ({ page }) => {
      await page.goto(at('drills/typed/'));
      const text = question(page, 'strategy-text');
      await ready(text);
      await text.answer.fill('nope');
      await text.check.click();
      const number = question(page, 'orbit-number');
      await number.answer.fill('88');
      await number.check.click();
      await expect(number.outcome).toBeVisible();
      await noViolations(page, 'after answering');
    });

    test('flashcards, the deck, progress and the reset dialog pass axe', async ({ page }) => {
      await page.goto(at('drills/cards/'));
      const alone = page.locator('#card-alone');
      await alone.locator('summary').click();
      await alone.getByRole('button', { name: 'Got it' }).click();
      await expect(page.locator('.mn-lesson-header')).toContainText('1 of 5');
      await noViolations(page, 'after flipping and rating');
      await page.getByRole('button', { name: 'Reset this lesson' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await noViolations(page, 'with the reset dialog open');
    });

    test('the home page with progress passes axe', async ({ page }) => {
      await page.goto(at('drills/choices/'));
      const q = question(page, 'planet-single');
      await q.radio('Mercury').check();
      await q.check.click();
      // What the learner sees once the result is saved: the lesson's count moves on.
      await expect(page.locator('.mn-lesson-header')).toContainText('1 of 4');
      await page.goto(at());
      await expect(page.getByRole('main').getByRole('link', { name: /^Choice questions/ })).toContainText('1/4');
      await noViolations(page, 'on the home page');
    });
  });
}

test.describe('without the self-check scripts', () => {
  // axe itself needs JavaScript, so the generator's scripts are blocked instead of all scripts.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
  });
  test('self-checks pass axe with their disclosures open', async ({ page }) => {
    await page.goto(at('drills/choices/'));
    await page.locator('#planet-single').getByText('Show the answer and explanation').click();
    await page.locator('#planet-single').getByText('Hint 1 of 2').click();
    await expect(page.getByRole('button', { name: 'Check' })).toHaveCount(0);
    await noViolations(page, 'choices without JavaScript');
    await page.goto(at('drills/cards/'));
    await page.locator('#card-alone summary').click();
    await noViolations(page, 'flashcards without JavaScript');
  });
});
