import { expect, test } from '@playwright/test';
import { BUDGETS } from '../quality/budgets';
import { weigh } from '../quality/weigh';
import { siteUrl } from '../support/sites';

test('print/ of the sample guide is one HTML page within its budget', async ({ page }) => {
  const weight = await weigh(page, siteUrl('sample', 'print/'));
  console.log(`[weight] print /sample/print/: HTML ${weight.html} B, CSS ${weight.css} B, JS ${weight.js} B (gzip)`);
  expect(weight.files.filter((file) => file.kind === 'html').map((file) => file.url)).toEqual([siteUrl('sample', 'print/')]);
  const budget = BUDGETS.print;
  expect({ html: weight.html <= budget.html, css: weight.css <= budget.css, js: weight.js <= budget.js }).toEqual({ html: true, css: true, js: true });
});
