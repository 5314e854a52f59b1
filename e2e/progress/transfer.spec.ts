import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { question, ready } from '../checks/helpers';
import { at, dashboard, examsValue, KEYS, loaded, NOW, progressValue, reviewValue, seed, stored } from './helpers';

const importFile = (page: Page, name: string, content: string) =>
  dashboard(page).keep.getByLabel('Import progress from a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

/** Clicks "Export progress" on the dashboard and returns the downloaded file's name and text. */
async function exportProgress(page: Page) {
  const download = page.waitForEvent('download');
  await dashboard(page).keep.getByRole('button', { name: 'Export progress' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('export, reset everything, import: the same progress comes back, byte for byte', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, { [KEYS.review]: reviewValue(), [KEYS.exams]: examsValue() }, at('basics/colours/'));
  const sky = question(page, 'sky-colour');
  await ready(sky);
  await sky.radio('Blue').check();
  await sky.check.click();
  const card = page.locator('mnemo-flashcard#card-primary');
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'Again' }).click();
  await page.goto(at('progress/'));
  await loaded(page);
  const before = await stored(page);

  const file = await exportProgress(page);
  expect(file.name).toBe('progress-fixture-guide-progress-2026-05-04.json');
  await expect(dashboard(page).keep.getByRole('status')).toHaveText('Your progress was saved as progress-fixture-guide-progress-2026-05-04.json.');
  const content = JSON.parse(file.text);
  expect(content).toMatchObject({ format: 'mnemo-progress', version: 1, guide: { id: 'progress-fixture-guide', title: 'Progress fixture guide', base: '/progress/' }, exportedAt: new Date(NOW).toISOString() });
  expect(JSON.stringify(content.data.review)).toBe(before.review);

  await dashboard(page).keep.getByRole('button', { name: 'Reset everything' }).click();
  await dashboard(page).dialog.getByRole('button', { name: 'Reset everything' }).click();
  await expect(dashboard(page).overview).toContainText('0 of 7 self-checks answered');

  await importFile(page, file.name, file.text);
  await expect(dashboard(page).keep.getByRole('status')).toHaveText('Imported 7 items from the file.');
  await expect(dashboard(page).overview).toContainText('1 of 7 self-checks answered, 1 right; 0 of 1 flashcard marked “got it”');
  await expect(dashboard(page).exams.getByRole('row')).toHaveCount(4);
  expect(await stored(page)).toEqual(before);

  // The lesson shows its earlier result again.
  await page.goto(at('basics/colours/'));
  await expect(sky.earlier).toHaveText('Last time: answered correctly.');
});

test('an import merges item by item: the newer result of each self-check wins', async ({ page }) => {
  const older = JSON.parse(progressValue({ 'sky-colour': 'right', 'grass-colour': 'right' }, [], NOW - 3_600_000));
  const file = { format: 'mnemo-progress', version: 1, guide: { id: 'progress-fixture-guide', title: 'Progress fixture guide', base: '/elsewhere/' }, exportedAt: '', data: { progress: older, review: null, exams: null } };
  await seed(page, { [KEYS.progress]: progressValue({ 'sky-colour': 'wrong' }, [], NOW) });
  await importFile(page, 'from-my-laptop.json', JSON.stringify(file));
  await expect(dashboard(page).keep.getByRole('status')).toHaveText('Imported 1 item from the file. 1 item here was newer and was kept.');
  const questions = JSON.parse((await stored(page)).progress!).questions;
  expect([questions['sky-colour'].result, questions['grass-colour'].result]).toEqual(['wrong', 'right']);
  await expect(dashboard(page).overview).toContainText('2 of 7 self-checks answered, 1 right');
});

test('a file of another guide, of a newer Mnemo, or damaged is refused with its reason, and nothing changes', async ({ page }) => {
  await seed(page, { [KEYS.progress]: progressValue({ 'sky-colour': 'right' }) });
  await loaded(page);
  const before = await stored(page);
  const good = JSON.parse(JSON.stringify({ format: 'mnemo-progress', version: 1, guide: { id: 'progress-fixture-guide', title: 'Progress fixture guide', base: '/progress/' }, exportedAt: '', data: { progress: JSON.parse(progressValue({ 'grass-colour': 'right' })), review: null, exams: null } }));
  const status = dashboard(page).keep.getByRole('status');
  const cases: [string, string][] = [
    [JSON.stringify({ ...good, guide: { id: 'checks-fixture-guide', title: 'Checks fixture guide', base: '/checks/' } }), 'This file holds progress for “Checks fixture guide”, not for this guide. Nothing was imported; import it into that guide instead.'],
    [JSON.stringify({ ...good, version: 2 }), 'This file was made by a newer version of Mnemo than this guide uses. Nothing was imported; it will import once the guide is updated.'],
    [JSON.stringify({ ...good, data: { ...good.data, review: { v: 1, states: [] } } }), 'This progress file is damaged: part of it cannot be read. Nothing was imported.'],
    [JSON.stringify(good).slice(0, 120), 'This file cannot be read: it is damaged, or it is not a progress file. Nothing was imported.'],
    [JSON.stringify({ questions: {} }), 'This is not a progress file. Choose a file made with “Export progress”. Nothing was imported.'],
  ];
  for (const [content, message] of cases) {
    await importFile(page, 'progress.json', content);
    await expect(status).toHaveText(message);
    expect(await stored(page)).toEqual(before);
  }
});
