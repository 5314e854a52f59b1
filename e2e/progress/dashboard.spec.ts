import { expect, test } from '@playwright/test';
import { dueByDay } from '../../src/review/due';
import { question, ready } from '../checks/helpers';
import { at, dashboard, DASHBOARD, examsValue, KEYS, loaded, NOW, progressValue, reviewValue, seed, stored } from './helpers';

test.use({ timezoneId: 'UTC' });

test('answers given in lessons show on the dashboard', async ({ page }) => {
  await page.goto(at('basics/colours/'));
  const sky = question(page, 'sky-colour');
  await ready(sky);
  await sky.radio('Blue').check();
  await sky.check.click();
  const grass = question(page, 'grass-colour');
  await grass.radio('Red').check();
  await grass.check.click();
  const card = page.locator('mnemo-flashcard#card-primary');
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'Got it' }).click();
  await expect(card.getByRole('status')).not.toBeEmpty();

  await page.goto(at());
  await page.getByRole('link', { name: 'See all your progress' }).click();
  await expect(page).toHaveURL(DASHBOARD);
  const d = dashboard(page);
  await expect(d.overview).toHaveText(/2 of 7 self-checks answered, 1 right; 1 of 1 flashcard marked “got it”\./);
  const basics = d.section('Basics');
  await expect(basics).toContainText('2 of 3 self-checks answered, 1 right; 1 of 1 flashcard marked “got it”');
  await expect(basics.getByRole('listitem').filter({ hasText: 'Colours' })).toContainText('2 of 2 self-checks answered, 1 right');
  await expect(basics.getByRole('listitem').filter({ hasText: 'Numbers' })).toContainText('0 of 1 self-check answered, 0 right');
  await expect(d.section('Advanced')).toContainText('0 of 3 self-checks answered, 0 right');
  await expect(d.section('Lessons outside any section')).toContainText('0 of 1 self-check answered, 0 right');
});

test('every section and lesson row links to its page', async ({ page }) => {
  await seed(page, { [KEYS.progress]: progressValue({ 'two-plus-two': 'right' }) });
  const d = dashboard(page);
  const links = d.sections.getByRole('link');
  await expect(links).toHaveText(['Welcome', 'Basics', 'Colours', 'Numbers', 'Advanced', 'Planets']);
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['/progress/welcome/', '/progress/basics/', '/progress/basics/colours/', '/progress/basics/numbers/', '/progress/advanced/', '/progress/advanced/planets/']);
  await d.section('Basics').getByRole('link', { name: 'Numbers' }).click();
  await expect(page).toHaveURL(at('basics/numbers/'));
  await expect(question(page, 'two-plus-two').earlier).toHaveText('Last time: answered correctly.');
});

test('the weakest topics need three answers, and link to where to study', async ({ page }) => {
  await seed(page, { [KEYS.progress]: progressValue({ 'closest-planet': 'wrong', 'largest-planet': 'revealed' }) });
  const d = dashboard(page);
  await expect(d.weakest).toContainText('Answer at least 3 self-checks of a section or tag');

  await seed(page, { [KEYS.progress]: progressValue({ 'closest-planet': 'wrong', 'largest-planet': 'revealed', 'ringed-planet': 'right', 'sky-colour': 'right' }) });
  const topics = d.weakest.getByRole('listitem');
  await expect(topics).toHaveText(['Advanced (section): 1 of 3 answers right (33%)', 'shared (tag): 2 of 4 answers right (50%)']);
  await expect(topics.nth(0).getByRole('link')).toHaveAttribute('href', '/progress/advanced/');
  // A tag has no page: its link goes to its lesson with the fewest right answers.
  await expect(topics.nth(1).getByRole('link')).toHaveAttribute('href', '/progress/advanced/planets/');
});

test('results of self-checks the guide no longer has are kept, not counted, and only said', async ({ page }) => {
  await seed(page, { [KEYS.progress]: progressValue({ 'sky-colour': 'right', 'removed-question': 'right', 'other-removed': 'wrong' }) });
  const d = dashboard(page);
  await expect(d.overview).toContainText('1 of 7 self-checks answered, 1 right');
  await expect(d.overview).toContainText('2 saved results belong to self-checks this guide no longer has.');
  await expect(page.getByRole('main')).not.toContainText('removed-question');
  expect(JSON.parse((await stored(page)).progress!).questions['removed-question']).toBeDefined();
});

test('cards due today and on each of the next six days show as a chart with its numbers', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, { [KEYS.review]: reviewValue() });
  const d = dashboard(page);
  const chart = d.due.getByRole('img', { name: 'Cards due in the next 7 days' });
  await expect(chart).toBeVisible();
  // As the review page counts them, in UTC: the missed question today, the card on Wednesday.
  const counts = dueByDay(JSON.parse(reviewValue()).states, NOW, 7, () => 0);
  expect(counts).toEqual([1, 0, 1, 0, 0, 0, 0]);
  const days = ['Today', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  await expect(chart).toHaveAccessibleDescription(days.map((day, i) => `${day}: ${counts[i]}`).join(', '));
  await expect(chart.locator('.mn-chart__value')).toHaveText(counts.map(String));
  await expect(chart.locator('.mn-chart__label')).toHaveText(days);
  await expect(d.due).toContainText('1 card is due today.');
  await expect(d.due.getByRole('link', { name: 'Go to review' })).toHaveAttribute('href', '/progress/review/');
});

test('past exams and practice tests are charted over time and listed, each linked', async ({ page }) => {
  await seed(page, { [KEYS.exams]: examsValue() });
  const d = dashboard(page);
  const chart = d.exams.getByRole('img', { name: 'Scores of your last 3 attempts, oldest first' });
  await expect(chart).toHaveAccessibleDescription(/^Planets, .*: 33% \(Not passed, pass mark 70%\); Planets, .*: 66% \(Not passed, pass mark 70%\); Practice test, .*: 100% \(Passed, pass mark 70%\)$/);
  await expect(chart.locator('.mn-chart__value')).toHaveText(['33%', '66%', '100%']);
  const rows = d.exams.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Practice test3 of 3 (100%)Passed (pass mark 70%)');
  await expect(rows.nth(1).getByRole('link')).toHaveAttribute('href', '/progress/practice/');
  await expect(rows.nth(3)).toContainText('Planets1 of 3 (33%)Not passed');
  await expect(rows.nth(3).getByRole('link')).toHaveAttribute('href', '/progress/advanced/planets/');
});

test('a section’s reset asks first, then forgets that section’s results and review schedule only', async ({ page }) => {
  await seed(page, { [KEYS.progress]: progressValue({ 'sky-colour': 'right', 'closest-planet': 'wrong' }, ['card-primary']), [KEYS.review]: reviewValue() });
  const d = dashboard(page);
  const basics = d.section('Basics');
  const reset = basics.getByRole('button', { name: 'Reset “Basics”' });
  await reset.click();
  await expect(d.dialog).toHaveAccessibleName('Reset “Basics”?');
  await expect(d.dialog).toHaveAccessibleDescription(/lessons of “Basics” will be forgotten/);
  await d.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(reset).toBeFocused();
  await expect(basics).toContainText('1 of 3 self-checks answered, 1 right');

  await reset.click();
  await d.dialog.getByRole('button', { name: 'Reset “Basics”' }).click();
  await expect(basics).toContainText('0 of 3 self-checks answered, 0 right; 0 of 1 flashcard');
  await expect(page.getByRole('status').filter({ hasText: 'Progress for “Basics” was reset.' })).toBeAttached();
  await expect(basics.getByRole('button', { name: 'Reset “Basics”' })).toBeFocused();
  await expect(d.section('Advanced')).toContainText('1 of 3 self-checks answered, 0 right');
  const after = await stored(page);
  expect(Object.keys(JSON.parse(after.progress!).questions)).toEqual(['closest-planet']);
  expect(JSON.parse(after.progress!).cards).toEqual({});
  expect(Object.keys(JSON.parse(after.review!).states)).toEqual(['closest-planet']);
});

test('“Reset everything” forgets results, review schedule and exam attempts, after asking', async ({ page }) => {
  await seed(page, { [KEYS.progress]: progressValue({ 'sky-colour': 'right' }), [KEYS.review]: reviewValue(), [KEYS.exams]: examsValue() });
  const d = dashboard(page);
  await loaded(page);
  await d.keep.getByRole('button', { name: 'Reset everything' }).click();
  await expect(d.dialog).toHaveAccessibleDescription(/Every result, flashcard rating, review schedule and exam attempt/);
  await page.keyboard.press('Escape');
  expect((await stored(page)).exams).not.toBeNull();

  await d.keep.getByRole('button', { name: 'Reset everything' }).click();
  await d.dialog.getByRole('button', { name: 'Reset everything' }).click();
  await expect(d.keep.getByRole('status')).toHaveText('All your progress in this guide was reset.');
  await expect(d.overview).toContainText('0 of 7 self-checks answered, 0 right');
  await expect(d.exams).toContainText('You have not finished an exam or practice test yet.');
  expect(await stored(page)).toEqual({ progress: null, review: null, exams: null });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says that progress lives in the browser and needs JavaScript', async ({ page }) => {
    await page.goto(DASHBOARD);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your progress');
    // Playwright's text matching skips <noscript>, whose text the browser shows here.
    await expect(page.locator('noscript p')).toBeVisible();
    expect(await page.getByRole('main').innerText()).toContain('Your progress is kept in this browser, and this page needs JavaScript to show it.');
    await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reset everything' })).toBeHidden();
  });
});
