/**
 * `npm run verify` against a real build of the self-checks fixture (e2e/fixtures/checks):
 * it passes the site as built, and fails a copy whose pages were tampered with, naming the
 * lesson file, line and id of each broken self-check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import type { VerifyReport } from '../../scripts/verify/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// The pinned Node runs the `.ts` CLI as it is, whichever Node runs Vitest.
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
// Files as the build names them: relative to the guide's folder.
const FILE = 'drills';
const work = mkdtempSync(join(tmpdir(), 'mnemo-verify-'));
const built = join(work, 'site');

/** Runs the CLI on `site` (its base inferred from the site) and returns its output and report. */
function verify(site: string) {
  const json = join(site, '..', `${Date.now()}.json`);
  const run = spawnSync(NODE, ['scripts/verify.ts', '--site', site, '--json', json, '--concurrency', '3'], { cwd: ROOT, encoding: 'utf8', timeout: 100_000 });
  const report = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as VerifyReport) : undefined;
  return { code: run.status, out: run.stdout + run.stderr, report };
}

/** Rewrites the HTML of `page` inside the self-check `id` (from its tag to its closing tag). */
function tamper(site: string, page: string, id: string, change: (html: string) => string): void {
  const file = join(site, page, 'index.html');
  const html = readFileSync(file, 'utf8');
  const start = html.search(new RegExp(`<mnemo-(question|flashcard) id="${id}"`));
  const end = html.indexOf('</mnemo-', start);
  expect(start, `${id} in ${page}`).toBeGreaterThan(0);
  const changed = change(html.slice(start, end));
  expect(changed, `tampering with ${id}`).not.toBe(html.slice(start, end));
  writeFileSync(file, html.slice(0, start) + changed + html.slice(end));
}

/** Changes the spec the page's script grades `id` with (its `data-spec` attribute). */
function tamperSpec(site: string, page: string, id: string, change: (spec: Record<string, unknown>) => void): void {
  tamper(site, page, id, (html) =>
    html.replace(/data-spec="([^"]*)"/, (_, encoded: string) => {
      const spec = JSON.parse(encoded.replaceAll('&quot;', '"')) as Record<string, unknown>;
      change(spec);
      return `data-spec="${JSON.stringify(spec).replaceAll('"', '&quot;')}"`;
    }),
  );
}

beforeAll(async () => {
  const result = await buildSite({ root: ROOT, content: join(ROOT, 'e2e/fixtures/checks'), out: built, base: '/checks/' });
  if (!result.ok) throw new Error(result.output.slice(-3000));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run verify', () => {
  it('drives every self-check of a good build and passes', () => {
    const { code, out, report } = verify(built);
    expect(out).toContain('(served under /checks/)');
    expect(out).toMatch(/^✓ drills\/choices {2}4 self-checks {2}[\d.]+ s$/m);
    expect(out).toMatch(/^✓ drills\/more-kinds {2}6 self-checks {2}[\d.]+ s$/m);
    expect(out.trimEnd().split('\n').at(-1)).toBe('18 passed, 0 failed');
    expect(report).toMatchObject({ passed: 18, failed: 0, failures: [] });
    expect(report?.lessons.map((l) => l.lesson).sort()).toEqual(['drills/cards', 'drills/choices', 'drills/more-kinds', 'drills/typed']);
    expect(code).toBe(0);
  }, 110_000);

  it('fails a tampered copy, naming the file, line and id of each broken self-check', () => {
    const site = join(work, 'tampered');
    cpSync(built, site, { recursive: true });
    // The page grades Venus correct and Mercury wrong, unlike the lesson.
    tamperSpec(site, 'drills/choices', 'planet-single', (spec) => (spec.correct = [0]));
    // One of the author's accepted answers is no longer accepted.
    tamperSpec(site, 'drills/typed', 'strategy-text', (spec) => (spec.accept = (spec.accept as string[]).filter((a) => a !== 'blue green deployment')));
    // The tolerance is looser than written.
    tamperSpec(site, 'drills/typed', 'orbit-number', (spec) => (spec.tolerance = 1));
    // A card lost its id: the listed one is missing, and the page has one nobody listed.
    tamper(site, 'drills/cards', 'card-alone', (html) => html.replace('id="card-alone"', 'id="card-renamed"'));
    // The page takes the first two steps for each other.
    tamper(site, 'drills/more-kinds', 'release-order', (html) => html.replace('data-index="0"', 'data-index="tmp"').replace('data-index="1"', 'data-index="0"').replace('data-index="tmp"', 'data-index="1"'));
    // Liveness and Readiness swapped answers.
    tamperSpec(site, 'drills/more-kinds', 'probe-match', (spec) => (spec.key = [1, 0, 2]));
    // The second blank accepts another word than the author's.
    tamperSpec(site, 'drills/more-kinds', 'pin-blanks', (spec) => ((spec.blanks as { accept: string[] }[])[1]!.accept = ['label']));

    const { code, out, report } = verify(site);
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n').at(-1)).toBe('11 passed, 8 failed');
    expect(out).toMatch(/^✗ drills\/more-kinds {2}6 self-checks, 3 failed/m);
    // The page shuffles its steps out of its own (tampered) order, not the lesson's, so about
    // one load in 23 shows them in the lesson's order, which the driver reports first.
    const swapped = 'arranging the first two steps swapped: after Check the page said “Correct\\. .*”, expected “Not quite: 2 of 4 steps are in the wrong place; .*”: the page accepts an answer the lesson marks wrong';
    const shownInOrder = 'loading: the steps are shown in the right order before the learner has moved any';
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/more-kinds\\.mdx:9 {2}release-order \\(order\\): (${swapped}|${shownInOrder})$`, 'm'));
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/more-kinds\\.mdx:23 {2}probe-match \\(match\\): “Liveness” matched to “.+” \\(a wrong answer\\): after Check, the mark of “Liveness”: expected “Not right\\.”, the page shows “Correct\\.”$`, 'm'));
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/more-kinds\\.mdx:35 {2}pin-blanks \\(blanks\\): typing blank 1: the wrong answer “definitely not digest”: after Check the page said “Not quite: 2 of 2 blanks are not right; .*”, expected “Not quite: 1 of 2 blanks is not right; .*”$`, 'm'));
    expect(out).toMatch(/^✗ drills\/choices {2}4 self-checks, 1 failed/m);
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/choices\\.mdx:8 {2}planet-single \\(single\\): picking “Venus” \\(a wrong answer\\): after Check the page said “Correct\\. The explanation follows\\.”, expected “Not quite: your choice is marked with its feedback\\. Try again, or show the answer\\.”: the page accepts an answer the lesson marks wrong$`, 'm'));
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/typed\\.mdx:6 {2}strategy-text \\(text\\): typing the accepted answer “blue green deployment”: after Check the page said “Not quite\\. .*”, expected “Correct\\. The explanation follows\\.”: the page rejects an answer the lesson marks right$`, 'm'));
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/typed\\.mdx:21 {2}orbit-number \\(number\\): typing 88\\.5088, just above 88 ± 0\\.5: after Check the page said “Correct\\. .*”, expected “Not quite\\. Try again, or show the answer\\.”: the page accepts`, 'm'));
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/cards\\.mdx:8 {2}card-alone \\(flashcard\\): not on the page`, 'm'));
    expect(out).toMatch(new RegExp(`^ {4}${FILE}/cards\\.mdx {2}card-renamed \\(flashcard\\): on the page but not in _mnemo/checks\\.json`, 'm'));
    expect(report?.failures.map((f) => [f.file, f.id]).sort()).toEqual([
      [`${FILE}/cards.mdx`, 'card-alone'],
      [`${FILE}/cards.mdx`, 'card-renamed'],
      [`${FILE}/choices.mdx`, 'planet-single'],
      [`${FILE}/more-kinds.mdx`, 'pin-blanks'],
      [`${FILE}/more-kinds.mdx`, 'probe-match'],
      [`${FILE}/more-kinds.mdx`, 'release-order'],
      [`${FILE}/typed.mdx`, 'orbit-number'],
      [`${FILE}/typed.mdx`, 'strategy-text'],
    ]);
    expect(report).toMatchObject({ passed: 11, failed: 8 });
  }, 110_000);
});
