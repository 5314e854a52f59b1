import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BADGE_JS, SELF_CHECK_JS } from '../quality/budgets';
import { SITES_DIR } from '../support/sites';
import { pageScripts, totalGzip, type LoadedScript } from './script-weight';

// Byte budgets are deterministic, so they are tests. Figures are gzip sizes of what a page
// loads before any interaction (module scripts and their static imports).
const SITE = join(SITES_DIR, 'checks');
const BASE = '/checks/';

/** Search (its loader defines `mnemo-search`) is budgeted on its own. */
const withoutSearch = (scripts: LoadedScript[]) => scripts.filter((s) => !defines([s], 'mnemo-search'));
const defines = (scripts: LoadedScript[], element: string) =>
  scripts.some((s) => s.code.includes(`"${element}"`) || s.code.includes(`\`${element}\``) || s.code.includes(`'${element}'`));

test('a lesson page with self-checks loads at most 10 KB of gzipped JavaScript before interaction', () => {
  for (const lesson of ['drills/choices/', 'drills/typed/', 'drills/cards/']) {
    const scripts = withoutSearch(pageScripts(SITE, BASE, lesson));
    const total = totalGzip(scripts);
    console.log(`[budget] ${lesson}: ${total} B gzip in ${scripts.length} scripts`);
    expect(total, lesson).toBeLessThanOrEqual(SELF_CHECK_JS);
  }
});

test('a lesson without self-checks loads none of their code', () => {
  const scripts = pageScripts(SITE, BASE, 'drills/reading/');
  for (const element of ['mnemo-question', 'mnemo-flashcard', 'mnemo-deck', 'mnemo-reset']) {
    expect(defines(scripts, element), element).toBe(false);
  }
  // The sidebar's progress badges are the only self-check code it may load.
  expect(defines(scripts, 'mnemo-progress')).toBe(true);
});

test('the progress badge script is separate and under 1.5 KB gzipped', () => {
  // The home page has badges and a reset button, but no questions.
  const scripts = withoutSearch(pageScripts(SITE, BASE, ''));
  const badge = scripts.filter((s) => s.path.includes('ProgressCount'));
  expect(badge).toHaveLength(1);
  const entry = badge[0]!;
  const imports = [...entry.code.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => `_astro/${m[1]}`);
  const badgeScripts = scripts.filter((s) => s === entry || imports.includes(s.path));
  const total = totalGzip(badgeScripts);
  console.log(`[budget] progress badge: ${total} B gzip (${badgeScripts.map((s) => s.path).join(', ')})`);
  expect(total).toBeLessThanOrEqual(BADGE_JS);
  expect(defines(badgeScripts, 'mnemo-question')).toBe(false);
});

test('no client framework runtime is shipped', () => {
  const files = readdirSync(join(SITE, '_astro')).filter((f) => f.endsWith('.js'));
  for (const file of files) {
    expect(readFileSync(join(SITE, '_astro', file), 'utf8'), file).not.toMatch(/react|preact|@vue|svelte|solid-js|lit-html/i);
  }
});
