import { expect, test } from '@playwright/test';
import { question, ready, saved, tabTo } from './helpers';
import { MORE_KINDS, PAIRS } from './kinds-helpers';
import { siteUrl } from '../support/sites';

test.beforeEach(async ({ page }) => {
  await page.goto(MORE_KINDS);
});

const probes = (page: import('@playwright/test').Page) => {
  const q = question(page, 'probe-match');
  return { ...q, select: (prompt: string) => q.root.getByRole('combobox', { name: prompt, exact: true }), marks: q.root.locator('.mn-pair__mark') };
};

test('each item has a native select of every answer, shuffled; a wrong check marks each item', async ({ page }) => {
  const q = probes(page);
  await ready(q);
  await expect(q.root.getByText('Self-check: match each item to its answer.')).toBeVisible();
  await expect(q.root.getByRole('group', { name: 'Match each probe to what the orchestrator does when it fails.' })).toBeVisible();
  const answers = PAIRS.map(([, answer]) => answer);
  const options = await q.select('Liveness').locator('option').allTextContents();
  expect(options[0]).toBe('Choose…');
  expect([...options.slice(1)].sort()).toEqual([...answers].sort());
  // The answers are never listed in the order of the items they belong to.
  expect(options.slice(1)).not.toEqual(answers);
  for (const [prompt] of PAIRS) expect(await q.select(prompt).locator('option').allTextContents()).toEqual(options);

  await q.check.click();
  await expect(q.status).toHaveText('Choose an answer for at least one item first.');
  expect(await saved(page)).toBeNull();

  await q.select('Liveness').selectOption({ label: 'Restart the container.' });
  await q.select('Readiness').selectOption({ label: 'Hold the other probes back.' });
  await q.check.click();
  await expect(q.status).toHaveText('Not quite: 2 of 3 items are not matched right; they are marked. Try again, or show the answer.');
  await expect(q.marks).toHaveText(['Correct.', 'Not right.', 'Not right.']);
  await expect(q.select('Readiness')).toBeDisabled();
  await expect(q.select('Readiness')).toHaveAccessibleDescription('Not right.');
  await expect(q.outcome).toBeHidden();
  await expect(q.retry).toBeFocused();

  await q.retry.click();
  await expect(q.select('Liveness')).toBeFocused();
  await expect(q.marks.first()).toBeHidden();
  // Trying again keeps what was chosen.
  await expect(q.select('Liveness')).toHaveValue(/\d/);
  for (const [prompt, answer] of PAIRS) await q.select(prompt).selectOption({ label: answer });
  await q.check.click();
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.marks).toHaveText(['Correct.', 'Correct.', 'Correct.']);
  await expect(q.outcome.getByRole('list', { name: 'Answer key' }).getByRole('listitem')).toHaveText(PAIRS.map(([prompt, answer]) => `${prompt}: ${answer}`));
  await expect(q.outcome).toContainText('Only a failed liveness probe restarts the container.');
  await expect.poll(async () => (await saved(page))?.questions['probe-match']?.result).toBe('right');
});

test('by keyboard alone: Tab to each select, type to choose, Enter on Check', async ({ page }) => {
  // Tabbing from the top of the page through the sidebar takes many key presses.
  test.slow();
  const q = probes(page);
  await ready(q);
  for (const [prompt, answer] of PAIRS) {
    await tabTo(page, q.select(prompt));
    // A closed native select picks the option that starts with what is typed.
    await page.keyboard.type(answer.slice(0, 4));
    await expect(q.select(prompt).locator('option:checked')).toHaveText(answer);
  }
  await tabTo(page, q.check);
  await page.keyboard.press('Enter');
  await expect(q.status).toHaveText('Correct. The explanation follows.');
  await expect(q.outcome).toBeFocused();
});

test('show answer lists every item with its answer; after a reload the result shows and nothing is chosen', async ({ page }) => {
  const q = probes(page);
  await ready(q);
  await q.select('Startup').selectOption({ label: 'Restart the container.' });
  await q.reveal.click();
  await expect(q.status).toHaveText('Answer shown. The explanation follows.');
  await expect(q.outcome.getByRole('listitem')).toHaveText(PAIRS.map(([prompt, answer]) => `${prompt}: ${answer}`));
  await expect(q.marks.first()).toBeHidden();
  // The result is saved once the store's code has loaded, which may come after the verdict.
  await expect.poll(async () => (await saved(page))?.questions['probe-match']?.result).toBe('revealed');

  await page.reload();
  await ready(q);
  await expect(q.earlier).toHaveText('Last time: answer shown.');
  for (const [prompt] of PAIRS) await expect(q.select(prompt)).toHaveValue('');
  await expect(q.select('Startup')).toBeEnabled();
});

test('on a phone, every select stays inside its question, however long its answers', async ({ page }) => {
  // The sample guide's answers are whole sentences: a select is as wide as its longest one.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(siteUrl('sample', 'releasing/deployment-strategies/'));
  const root = page.locator('mnemo-question:has(.mn-pairs)').first();
  await expect(root).toHaveAttribute('data-ready', 'true');
  const card = (await root.boundingBox())!;
  const selects = root.locator('.mn-pair__select');
  expect(await selects.count()).toBeGreaterThan(1);
  for (const select of await selects.all()) {
    const box = (await select.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
  }
});
