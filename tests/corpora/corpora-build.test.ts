/**
 * Every file of the shared corpora (openly licensed GIFT banks, Rust Book quizzes, Anki text
 * exports) goes the whole way an author's would: `npm run import` into one guide, a real
 * `astro build`, and `npm run verify` driving every imported self-check in Chromium. The counts
 * are printed for the closing note and locked, so a change in what imports shows up here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import type { VerifyReport } from '../../scripts/verify/types.ts';
import { corpusFiles } from '../unit/interop/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
const work = mkdtempSync(join(tmpdir(), 'mnemo-corpora-'));
const guide = join(work, 'guide');
const site = join(work, 'site');

/** Each corpus folder and the files an author would import from it. */
const FOLDERS = [
  { folder: 'gift', files: /\.(gift|txt)$/ },
  { folder: 'more/gift', files: /\.(gift|txt)$/ },
  { folder: 'mdbook-quiz', files: /\.toml$/ },
  { folder: 'more/mdbook-quiz', files: /\.toml$/ },
  { folder: 'anki', files: /\.(txt|csv)$/ },
  { folder: 'more/anki', files: /\.(txt|csv)$/ },
];

function run(script: string, args: string[], timeout: number): { code: number | null; out: string } {
  const result = spawnSync(NODE, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', timeout });
  return { code: result.status, out: result.stdout + result.stderr };
}

const imports: { folder: string; code: number | null; out: string }[] = [];
let built: { ok: boolean; output: string };

beforeAll(async () => {
  mkdirSync(guide, { recursive: true });
  writeFileSync(join(guide, '_guide.yaml'), 'title: Every shared corpus\n');
  // One import of every file, as an author bringing all of them into one guide would run it:
  // the corpora repeat some questions across folders, and one run keeps every id unique.
  const imported = run('scripts/import.ts', [...FOLDERS.flatMap(({ folder, files }) => corpusFiles(folder, files)), '--to', join(guide, 'imported')], 240_000);
  imports.push({ folder: 'every corpus', ...imported });
  built = await buildSite({ root: ROOT, content: guide, out: site, base: '/' });
}, 600_000);

describe('the shared corpora, imported, built and verified', () => {
  it('imports every file of every corpus', () => {
    for (const { folder, code, out } of imports) expect(code, `${folder}\n${out}`).toBe(0);
  });

  it('builds the imported guide without an edit', () => {
    expect(built.ok, built.output.slice(-4000)).toBe(true);
  });

  it('passes npm run verify: every imported self-check works in the browser', () => {
    const json = join(work, 'verify.json');
    const result = run('scripts/verify.ts', ['--site', site, '--json', json, '--concurrency', '2'], 540_000);
    const report = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as VerifyReport) : undefined;
    expect(report, result.out.slice(-4000)).toBeDefined();
    const checks = JSON.parse(readFileSync(join(site, '_mnemo/checks.json'), 'utf8')) as { checks: { kind: string }[] };
    const byKind = new Map<string, number>();
    for (const check of checks.checks) byKind.set(check.kind, (byKind.get(check.kind) ?? 0) + 1);
    console.log(`corpora: ${report!.passed} self-checks verified, ${report!.failed} failed, over ${report!.lessons.length} lessons; by kind: ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    expect(report!.failures, result.out.slice(-4000)).toEqual([]);
    expect(report!.passed).toBe(checks.checks.length);
    expect(result.code).toBe(0);
  }, 600_000);
});
