import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { tabTo } from '../checks/helpers';
import { at, dashboard, examsValue, KEYS, loaded, NOW, progressValue, reviewValue, seed } from './helpers';

async function expectNoViolations(page: Page, state: string) {
  const violations = await axeViolations(page);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `axe on ${page.url()} (${state})`).toEqual([]);
}

const everything = () => ({
  [KEYS.progress]: progressValue({ 'sky-colour': 'right', 'grass-colour': 'wrong', 'closest-planet': 'wrong', 'largest-planet': 'revealed', 'ringed-planet': 'right', 'removed-one': 'right' }, ['card-primary']),
  [KEYS.review]: reviewValue(),
  [KEYS.exams]: examsValue(),
});

test.use({ timezoneId: 'UTC' });

test('the dashboard works by keyboard alone: a reset cancelled and confirmed, export, import', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, { [KEYS.progress]: progressValue({ 'closest-planet': 'wrong', 'largest-planet': 'right', 'ringed-planet': 'right' }) });
  await loaded(page);
  const d = dashboard(page);
  // From the top of the page: the skip link, then through the dashboard's own controls.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');

  const reset = d.section('Advanced').getByRole('button', { name: 'Reset “Advanced”' });
  await tabTo(page, reset, 30);
  await page.keyboard.press('Enter');
  await expect(d.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reset).toBeFocused();
  await expect(d.section('Advanced')).toContainText('3 of 3 self-checks answered, 2 right');

  const exportButton = d.keep.getByRole('button', { name: 'Export progress' });
  await tabTo(page, exportButton, 10);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');

  await page.keyboard.press('Shift+Tab');
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(d.dialog.getByRole('button', { name: 'Reset “Advanced”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(d.section('Advanced')).toContainText('0 of 3 self-checks answered');
  await expect(d.section('Advanced').getByRole('button', { name: 'Reset “Advanced”' })).toBeFocused();

  // The file field opens the system's file picker from the keyboard.
  await tabTo(page, exportButton, 10);
  const picker = page.waitForEvent('filechooser');
  await page.keyboard.press('Tab');
  await expect(d.keep.getByLabel('Import progress from a file')).toBeFocused();
  await page.keyboard.press('Space');
  await (await picker).setFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(d.keep.getByRole('status')).toHaveText('Imported 3 items from the file.');
  await expect(d.section('Advanced')).toContainText('3 of 3 self-checks answered, 2 right');
});

test('while the notice shows, a control reached by keyboard is never hidden behind it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto(at('advanced/planets/'));
  const notice = page.getByRole('region', { name: 'Progress not saved' });
  await expect(notice).toBeVisible();
  const covered = (await notice.boundingBox())!;
  // The lowest controls of the page, which the notice would cover if focus did not scroll clear of it.
  for (const button of (await page.getByRole('button', { name: 'Show answer', exact: true }).all()).slice(-2)) {
    await tabTo(page, button, 80);
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(covered.y + 1);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the dashboard with data, a message and the not-saved notice has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.setFixedTime(NOW);
    await seed(page, everything());
    await loaded(page);
    await expect(dashboard(page).exams.getByRole('img')).toBeVisible();
    // A file that is not a progress file shows a message; a failed save shows the notice.
    await dashboard(page).keep.getByLabel('Import progress from a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await expect(dashboard(page).keep.getByRole('status')).not.toBeEmpty();
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await dashboard(page).section('Basics').getByRole('button', { name: 'Reset “Basics”' }).click();
    await dashboard(page).dialog.getByRole('button', { name: 'Reset “Basics”' }).click();
    await expect(page.getByRole('region', { name: 'Progress not saved' })).toBeVisible();
    await expectNoViolations(page, 'with data, a message and the notice');
  });
}

test('the reset confirmation has no axe violations', async ({ page }) => {
  await page.goto(at('progress/'));
  await loaded(page);
  await dashboard(page).keep.getByRole('button', { name: 'Reset everything' }).click();
  await expect(dashboard(page).dialog).toBeVisible();
  await expectNoViolations(page, 'confirmation open');
});
