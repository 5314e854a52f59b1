/**
 * The steps of `npm run check`: check the guide the environment names, print its warnings and
 * its report, and say how it went.
 */
import { resolve } from 'node:path';
import { projectPaths } from '../../src/lib/paths.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { formatReport, guideLabel, guidePath } from '../../src/lib/report.ts';
import { environmentOverrides } from '../../src/lib/settings.ts';
import { checkGuide } from '../../src/lib/survey/check-guide.ts';

/** Where text goes: stdout and stderr. */
interface Out {
  write(text: string): unknown;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Checks the guide in `MNEMO_CONTENT` (default `content/`) and prints what it found.
 * @returns the exit code: 0 without problems, 1 with problems
 */
export function runCheck(env: NodeJS.ProcessEnv, out: Out, err: Out): number {
  const started = performance.now();
  const paths = projectPaths(ROOT, env);
  const found = checkGuide(paths, environmentOverrides(env));
  const where = { root: paths.root, guide: paths.content };
  for (const warning of found.warnings) err.write(`warning: ${formatProblem({ ...warning, file: guidePath(warning.file, where) })}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (found.problems.length) {
    err.write(formatReport(found.problems, where));
    err.write(`\nChecked in ${seconds} s.\n`);
    return 1;
  }
  const lessons = found.guide.lessons.length;
  out.write(`No problems in the guide in ${guideLabel(where)}: ${lessons} lesson${lessons === 1 ? '' : 's'}, ${found.checks.length} self-check${found.checks.length === 1 ? '' : 's'}, checked in ${seconds} s.\n`);
  return 0;
}
