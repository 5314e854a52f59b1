/**
 * `npm run verify`: proves, in a real Chromium, that every self-check of a built guide
 * works as its author wrote it (the list comes from the build's `_mnemo/checks.json`).
 * Prints a line per lesson, each failure with its lesson file, line and id, and ends with
 * exactly `N passed, N failed`. Exits 1 when a self-check fails, 2 when it cannot run.
 *
 *   npm run verify                                    the site in dist/
 *   npm run verify -- --site out/ --base /guide/ --json verify.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inferBase, parseVerifyArgs, USAGE, type VerifyArgs } from './verify/options.ts';
import { buildReport, lessonLines, summaryLines } from './verify/report.ts';
import { runSweep } from './verify/runner.ts';

function readArgs(): VerifyArgs {
  try {
    return parseVerifyArgs(process.argv.slice(2), process.cwd());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const args = readArgs();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const built = inferBase(args.site);
if (built && built !== args.base) {
  console.warn(`Warning: ${args.site} looks built for the base ${built}, not ${args.base}: its pages will not find their scripts.`);
}

const started = performance.now();
console.log(`Driving the self-checks of ${args.site} (served under ${args.base}) in Chromium, up to ${args.concurrency} lessons at a time.`);
try {
  const results = await runSweep(args, (lesson) => console.log(lessonLines(lesson).join('\n')));
  const report = buildReport(results, args, (performance.now() - started) / 1000);
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.log(summaryLines(report).join('\n'));
  process.exitCode = report.failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`verify could not run: ${(error as Error).message}`);
  process.exitCode = 2;
}
