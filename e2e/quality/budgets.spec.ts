import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SITES_DIR, siteUrl } from '../support/sites';
import { BUDGETS, FURTHER_KIND_JS, FURTHER_KINDS, type PageType } from './budgets';
import { weigh } from './weigh';

const manifest: { checks: { lesson: string; kind: string }[]; exams?: string[] } = JSON.parse(readFileSync(join(SITES_DIR, 'sample/_mnemo/checks.json'), 'utf8'));
// Exam pages have a budget of their own (their questions show only inside the exam).
const lessonsWithChecks = [...new Set(manifest.checks.map((c) => c.lesson))].filter((lesson) => !manifest.exams?.includes(lesson));

const PAGES: [PageType, string][] = [
  ['home', ''],
  ['section', 'foundations/'],
  ['lessonPlain', 'reference/cheat-sheet/'],
  ['exam', 'exams/final-exam/'],
  ['practice', 'practice/'],
  ['dashboard', 'progress/'],
  ['notFound', 'no/such/page/'],
  ['review', 'review/'],
];
/** What a page shows once its scripts have run, when they fetch before they are done. */
const READY: Partial<Record<PageType, (page: Page) => Promise<void>>> = {
  review: (page) => expect(page.locator('mnemo-review [data-stage]')).toBeVisible(),
};

for (const [type, path] of PAGES) {
  test(`${type} page stays within its budget`, async ({ page }) => {
    const weight = await weigh(page, siteUrl('sample', path), READY[type]);
    console.log(`[weight] ${type} /sample/${path}: HTML ${weight.html} B, CSS ${weight.css} B, JS ${weight.js} B (gzip)`);
    const budget = BUDGETS[type];
    expect({ html: weight.html <= budget.html, css: weight.css <= budget.css, js: weight.js <= budget.js }).toEqual({ html: true, css: true, js: true });
  });
}

test('every lesson with self-checks stays within the lesson budget', async ({ page }) => {
  test.setTimeout(90_000);
  expect(lessonsWithChecks.length).toBeGreaterThan(5);
  let heaviest = { lesson: '', js: 0, html: 0, css: 0 };
  for (const lesson of lessonsWithChecks) {
    const weight = await weigh(page, siteUrl('sample', `${lesson}/`));
    if (weight.js > heaviest.js) heaviest = { lesson, js: weight.js, html: weight.html, css: weight.css };
    const budget = BUDGETS.lessonWithChecks;
    expect(weight.html, `${lesson} HTML`).toBeLessThanOrEqual(budget.html);
    expect(weight.css, `${lesson} CSS`).toBeLessThanOrEqual(budget.css);
    const further = new Set(manifest.checks.filter((c) => c.lesson === lesson && FURTHER_KINDS.includes(c.kind)).map((c) => c.kind)).size;
    expect(weight.js, `${lesson} JS (with ${further} further question kinds)`).toBeLessThanOrEqual(budget.js + further * FURTHER_KIND_JS);
  }
  console.log(`[weight] heaviest lesson by JS: ${heaviest.lesson}: HTML ${heaviest.html} B, CSS ${heaviest.css} B, JS ${heaviest.js} B (gzip)`);
});

test('no page ships a client framework runtime', async ({ page }) => {
  const weight = await weigh(page, siteUrl('sample', `${lessonsWithChecks[0]}/`));
  for (const file of weight.files.filter((f) => f.kind === 'js')) {
    const code = await (await page.request.get(file.url)).text();
    expect(code, file.url).not.toMatch(/react-dom|preact|__vue|svelte\/internal|solid-js/);
  }
});
