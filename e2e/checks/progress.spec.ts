import { expect, test, type Page } from '@playwright/test';
import { at, question, ready, saved, STORE_KEY } from './helpers';

const header = (page: Page) => page.locator('.mn-lesson-header');
const sidebarLink = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name });

/** Answers the typed question `symbol-case` right, on its lesson page. */
async function answerSymbol(page: Page) {
  await page.goto(at('drills/typed/'));
  const typed = question(page, 'symbol-case');
  await ready(typed);
  await typed.answer.fill('Na');
  await typed.check.click();
  // The result is saved once the store's code has loaded, which may come after the verdict.
  await expect.poll(async () => (await saved(page))?.questions['symbol-case']?.result).toBe('right');
}

async function answerPlanet(page: Page, choice: string) {
  const q = question(page, 'planet-single');
  await ready(q);
  await q.radio(choice).check();
  await q.check.click();
  await expect(q.status).not.toHaveText('');
}

test('a revisited question shows its earlier result, not a pre-filled answer', async ({ page }) => {
  await page.goto(at('drills/choices/'));
  await answerPlanet(page, 'Mercury');
  const p = question(page, 'primes-multiple');
  await p.checkbox('4').check();
  await p.check.click();
  await expect(header(page)).toContainText('1 of 4 self-checks answered correctly.');

  await page.reload();
  const q = question(page, 'planet-single');
  await ready(q);
  await expect(q.earlier).toHaveText('Last time: answered correctly.');
  await expect(p.earlier).toHaveText('Last time: not yet answered correctly.');
  for (const name of ['Venus', 'Mercury', 'Mars']) await expect(q.radio(name)).not.toBeChecked();
  await expect(p.checkbox('4')).not.toBeChecked();
  await expect(q.feedback('Mercury')).toBeHidden();
  await expect(q.check).toBeVisible();
  await expect(header(page)).toContainText('1 of 4 self-checks answered correctly.');

  // Answering again replaces the note with the new result.
  await q.radio('Venus').check();
  await q.check.click();
  await expect(q.earlier).toBeHidden();
  await expect(header(page)).toContainText('0 of 4 self-checks answered correctly.');
});

test('a typed answer is not pre-filled on a later visit', async ({ page }) => {
  await page.goto(at('drills/typed/'));
  const q = question(page, 'strategy-text');
  await ready(q);
  await q.answer.fill('blue-green');
  await q.check.click();
  await expect(q.status).toHaveText(/^Correct/);
  // The result is saved once the store's code has loaded, which may come after the verdict.
  await expect.poll(async () => (await saved(page))?.questions['strategy-text']?.result).toBe('right');
  await page.reload();
  await expect(q.earlier).toHaveText('Last time: answered correctly.');
  await expect(q.answer).toHaveValue('');
  await expect(q.answer).toBeEditable();
});

for (const [what, value] of [
  ['not JSON', '{"v":1,"questions":'],
  ['an unknown version', JSON.stringify({ v: 0, questions: { 'planet-single': { result: 'right', at: 1 } } })],
  ['the wrong shape', JSON.stringify([1, 2, 3])],
]) {
  test(`a stored value that is ${what} is kept aside, and the page works`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(at('drills/choices/'));
    await page.evaluate(([key, raw]) => localStorage.setItem(key!, raw!), [STORE_KEY, value]);
    await page.reload();
    await expect(header(page)).toContainText('0 of 4 self-checks answered correctly.');
    const q = question(page, 'planet-single');
    await expect(q.earlier).toBeHidden();
    await answerPlanet(page, 'Mercury');
    await expect(header(page)).toContainText('1 of 4 self-checks answered correctly.');
    expect(await saved(page)).toMatchObject({ v: 2, questions: { 'planet-single': { result: 'right', attempts: 1 } } });
    // Nothing is lost: what could not be read is still there, under its own key.
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:damaged`), STORE_KEY)).toBe(value);
    expect(errors).toEqual([]);
  });
}

test('progress saved by release 0.1.0 shows as it was, and moves to the current format', async ({ page }) => {
  const v1 = JSON.stringify({
    v: 1,
    questions: { 'planet-single': { result: 'right', at: 1795165320000 }, 'primes-multiple': { result: 'wrong', at: 1795165380000 } },
    cards: {},
  });
  await page.goto(at('drills/choices/'));
  await page.evaluate(([raw]) => localStorage.setItem('mnemo:v1:progress:/checks/', raw!), [v1]);
  await page.reload();
  await expect(header(page)).toContainText('1 of 4 self-checks answered correctly.');
  await expect(question(page, 'planet-single').earlier).toHaveText('Last time: answered correctly.');
  await expect(question(page, 'primes-multiple').earlier).toHaveText('Last time: not yet answered correctly.');
  expect(await saved(page)).toEqual({
    v: 2,
    questions: { 'planet-single': { result: 'right', at: 1795165320000, attempts: 1 }, 'primes-multiple': { result: 'wrong', at: 1795165380000, attempts: 1 } },
    cards: {},
  });
  expect(await page.evaluate(() => localStorage.getItem('mnemo:v1:progress:/checks/'))).toBeNull();
});

test('the page works when storage is blocked', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(at('drills/choices/'));
  await answerPlanet(page, 'Mercury');
  await expect(question(page, 'planet-single').status).toHaveText('Correct. The explanation follows.');
  expect(errors.filter((e) => !e.includes('blocked'))).toEqual([]);
});

test('resetting a lesson asks first, then forgets only that lesson', async ({ page }) => {
  await answerSymbol(page);
  await page.goto(at('drills/choices/'));
  await answerPlanet(page, 'Mercury');
  const q = question(page, 'planet-single');

  const reset = header(page).getByRole('button', { name: 'Reset this lesson' });
  const dialog = page.getByRole('dialog', { name: 'Reset this lesson?' });
  await reset.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/will be forgotten/);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect.poll(async () => (await saved(page))?.questions['planet-single']?.result).toBe('right');

  await reset.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await saved(page))?.questions['planet-single']?.result).toBe('right');

  await reset.click();
  await dialog.getByRole('button', { name: 'Reset this lesson' }).click();
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(header(page).getByRole('status')).toHaveText('Progress for this lesson was reset.');
  await expect(header(page)).toContainText('0 of 4 self-checks answered correctly.');
  await expect(sidebarLink(page, /^Choice questions/)).toContainText('0/4');
  // The question on the page is back to unanswered, with nothing picked.
  await expect(q.check).toBeVisible();
  await expect(q.radio('Mercury')).not.toBeChecked();
  await expect(q.feedback('Mercury')).toBeHidden();
  await expect(q.outcome).toBeHidden();
  // Another lesson's progress is kept.
  expect(await saved(page)).toMatchObject({ questions: { 'symbol-case': { result: 'right' } } });
  await expect.poll(async () => (await saved(page))?.questions['planet-single']).toBeUndefined();
});

test('the sidebar and the home page count each lesson; "Reset all progress" forgets everything', async ({ page }) => {
  await answerSymbol(page);
  await expect(sidebarLink(page, /^Typed answers/)).toHaveAccessibleName('Typed answers , 1 of 3 self-checks answered correctly.');
  await expect(sidebarLink(page, /^Typed answers/)).toContainText('1/3');

  await page.goto(at('drills/choices/'));
  await answerPlanet(page, 'Mercury');
  await expect(sidebarLink(page, /^Choice questions/)).toContainText('1/4');
  // Lessons without questions get no badge.
  await expect(sidebarLink(page, /^Reading only/)).toHaveText('Reading only');

  await page.goto(at());
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /^Choice questions/ })).toContainText('1/4');
  await expect(main.getByRole('link', { name: /^Typed answers/ })).toContainText('1/3');
  await expect(main).toContainText('2 of 13 self-checks answered correctly; 0 of 5 flashcards marked “got it”.');

  const reset = main.getByRole('button', { name: 'Reset all progress' });
  await reset.click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await dialog.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(reset).toBeFocused();
  await expect(main.getByRole('status')).toHaveText('All progress was reset.');
  await expect(main).toContainText('0 of 13 self-checks answered correctly');
  await expect(main.getByRole('link', { name: /^Choice questions/ })).toContainText('0/4');
  expect(await saved(page)).toBeNull();
});

test('progress made in another tab shows up in this one', async ({ page, context }) => {
  await page.goto(at());
  const other = await context.newPage();
  await other.goto(at('drills/choices/'));
  await answerPlanet(other, 'Mercury');
  await expect(page.getByRole('main').getByRole('link', { name: /^Choice questions/ })).toContainText('1/4');
});

test('a reset in another tab clears the questions and cards on screen here; other changes leave them', async ({ page, context }) => {
  await page.goto(at('drills/choices/'));
  await answerPlanet(page, 'Mercury');
  const q = question(page, 'planet-single');
  await expect(q.check).toBeHidden();

  // Progress made elsewhere does not touch the answered question here.
  const other = await context.newPage();
  await answerSymbol(other);
  await expect(sidebarLink(page, /^Typed answers/)).toContainText('1/3');
  await expect(q.check).toBeHidden();
  await expect(q.radio('Mercury')).toBeChecked();

  // Resetting this lesson in the other tab puts the question here back to unanswered.
  await other.goto(at('drills/choices/'));
  await header(other).getByRole('button', { name: 'Reset this lesson' }).click();
  await other.getByRole('dialog', { name: 'Reset this lesson?' }).getByRole('button', { name: 'Reset this lesson' }).click();
  await expect(q.check).toBeVisible();
  await expect(q.radio('Mercury')).not.toBeChecked();
  await expect(q.outcome).toBeHidden();

  // A rated flashcard here is cleared by "Reset all progress" in the other tab.
  await page.goto(at('drills/cards/'));
  const card = page.locator('mnemo-flashcard#card-alone');
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'Got it' }).click();
  await expect(card.getByRole('status')).toHaveText('Rated “got it”. “Got it” 1 of 1 times.');
  await other.goto(at());
  await other.getByRole('main').getByRole('button', { name: 'Reset all progress' }).click();
  await other.getByRole('dialog', { name: 'Reset all progress?' }).getByRole('button', { name: 'Reset all progress' }).click();
  await expect(card.getByRole('status')).toHaveText('');
  await expect(card.getByRole('group', { name: 'Did you recall it?' })).toBeHidden();
  await expect(card.locator('.mn-card__back')).toBeHidden();
});
