import { expect, test } from '@playwright/test';
import { ROOT_PORT } from '../support/sites';
import { at, lessonTitles, search, searchDialog } from './helpers';

test.describe('what search finds', () => {
  test('a lesson named after the query ranks above lessons that only mention it', async ({ page }) => {
    await page.goto(at());
    await search(page, 'canary');
    const titles = await lessonTitles(page);
    // "Health checks" says "canary" six times, "Rollbacks" once; "Canary analysis" only in its title.
    expect(titles[0]).toBe('Canary analysis');
    expect(titles).toEqual(expect.arrayContaining(['Health checks', 'Rollbacks']));
  });

  test('stems, choices and flashcard fronts are found, each labelled with its kind', async ({ page }) => {
    await page.goto(at());
    const ui = await search(page, 'fleet'); // only in a choice
    await expect(ui.options.filter({ hasText: /^Question/ })).toHaveAccessibleName(/^Question During a rollout/);
    await ui.input.fill('load balancer may'); // stem and body of Health checks
    await expect(ui.options.filter({ hasText: /^Question/ })).toHaveAccessibleName(/^Question Which probe tells the load balancer/);
    await ui.input.fill('liveness');
    // A result's name is its visible text: kind, title, where it is, and the excerpt.
    await expect(ui.options.filter({ hasText: /^Heading/ }).first()).toHaveAccessibleName(/^Heading Liveness and readiness in Health checks A liveness probe restarts/);
  });

  // Each word appears once in the fixture, only in the place named. Pagefind also matches
  // indexed words that start a query word ("door" finds "do"), so these words have no such prefix.
  const hidden: [string, string][] = [
    ['zebrafish', 'an explanation'],
    ['marmalade', 'a hint'],
    ['pumpernickel', "a choice's feedback"],
    ['tangerine', "a flashcard's back"],
    ['revisionHistoryLimit', "a typed question's accepted answer"],
    ['choose', "questions' kind lines (“Self-check: choose one answer.”)"],
    ['recall', 'the controls of self-checks and flashcards'],
    ['lantern', "a section's description (section and home pages)"],
    ['Mnemo', 'the page footer'],
  ];
  for (const [word, where] of hidden) {
    test(`a word only in ${where} finds nothing`, async ({ page }) => {
      await page.goto(at());
      const ui = await search(page, word);
      await expect(ui.status).toHaveText(`No results for “${word}”.`);
      await expect(ui.options).toHaveCount(0);
    });
  }

  test("a section's name finds the lessons in it", async ({ page }) => {
    await page.goto(at());
    await search(page, 'observability');
    expect((await lessonTitles(page)).sort()).toEqual(['Canary analysis', 'Health checks']);
  });

  test('the section filter narrows the results and the count follows', async ({ page }) => {
    await page.goto(at());
    const ui = await search(page, 'rollout');
    await expect(ui.status).toHaveText('4 lessons found.');
    expect((await lessonTitles(page)).sort()).toEqual(['Canary analysis', 'Glossary', 'Release trains', 'Rollbacks']);
    await ui.section.selectOption({ label: 'Delivery' });
    await expect(ui.status).toHaveText('2 lessons found.');
    expect((await lessonTitles(page)).sort()).toEqual(['Release trains', 'Rollbacks']);
    await ui.section.selectOption({ label: 'All sections' });
    await expect(ui.status).toHaveText('4 lessons found.');
  });

  test('results link under the sub-path the site is served from', async ({ page }) => {
    await page.goto(at());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const ui = await search(page, 'rollout');
    const hrefs = await ui.options.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/search\/[a-z-]+\/([a-z-]+\/)?\?q=rollout(#[a-z-]+)?$/);
    const bundle = requests.filter((path) => path.includes('/pagefind/'));
    expect(bundle.length).toBeGreaterThan(0);
    for (const path of bundle) expect(path.startsWith('/search/pagefind/')).toBe(true);
    await ui.options.filter({ hasText: 'Release trains' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release trains');
  });

  test('search also works for a site at the root of a host', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${ROOT_PORT}/`);
    const ui = await search(page, 'curiosity');
    await expect(ui.status).toHaveText('1 lesson found.');
    await ui.options.first().click();
    await expect(page).toHaveURL(`http://127.0.0.1:${ROOT_PORT}/getting-started/first-steps/?q=curiosity`);
    await expect(page.locator('mark.mn-search-mark')).toHaveText(['curiosity']);
  });

  test('the number of results is announced in a live region', async ({ page }) => {
    await page.goto(at());
    await search(page, 'canary');
    const status = searchDialog(page).status;
    await expect(status).toHaveText('3 lessons found.');
    await expect(status).toHaveAttribute('role', 'status');
  });
});
