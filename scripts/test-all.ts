/**
 * `npm test`: every unit test (Vitest), every end-to-end test (Playwright, real Chromium,
 * real builds). Each runner prints its own
 * summary; this script ends with one line of totals, `N passed, N failed`, for CI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'e2e/.results');
mkdirSync(results, { recursive: true });

interface Tally {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
}

function run(name: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n=== ${name} ===`);
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status ?? 1;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

const tallies: Tally[] = [];

// Unit tests.
const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const unitCode = run('Unit tests (Vitest)', ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number }>(vitestJson);
tallies.push({ name: 'unit', passed: unit?.numPassedTests ?? 0, failed: unit ? unit.numFailedTests : 1, ok: unitCode === 0 });

// End-to-end tests.
const playwrightJson = join(results, 'results.json');
rmSync(playwrightJson, { force: true });
const e2eCode = run('End-to-end tests (Playwright, Chromium)', ['node_modules/@playwright/test/cli.js', 'test']);
const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(playwrightJson);
tallies.push({
  name: 'e2e',
  passed: e2e ? e2e.stats.expected + e2e.stats.flaky : 0,
  failed: e2e ? e2e.stats.unexpected : 1,
  ok: e2eCode === 0,
});

// The self-check sweep of the sample guide (`npm run verify`, three minutes on two cores) is not
// run here, to keep CI within its 20 minutes: tests/integration/verify.test.ts drives the
// verifier against the checks fixture (every kind), and `npm run verify` sweeps any build.
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0) + tallies.filter((t) => !t.ok && t.failed === 0).length;
console.log(`\n${tallies.map((t) => `${t.name}: ${t.passed} passed, ${t.failed} failed`).join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && tallies.every((t) => t.ok) ? 0 : 1);
