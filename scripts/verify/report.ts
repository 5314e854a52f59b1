/**
 * What the sweep prints and writes: a line per lesson (with its failures below it, each
 * naming the lesson file, line and self-check id with the reason), the JSON report, and
 * the closing `N passed, N failed` line that CI and `npm test` read.
 */
import type { LessonResult, VerifyOptions, VerifyReport } from './types.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The line for one finished lesson, then one indented line per failure. */
export function lessonLines(result: LessonResult): string[] {
  const failures = result.results.filter((r) => !r.ok);
  const mark = failures.length ? '✗' : '✓';
  const counts = `${plural(result.results.length, 'self-check')}${failures.length ? `, ${failures.length} failed` : ''}`;
  const lines = [`${mark} ${result.lesson || '(home)'}  ${counts}  ${result.seconds.toFixed(1)} s`];
  for (const failure of failures) {
    const where = failure.line > 0 ? `${failure.file}:${failure.line}` : failure.file;
    lines.push(`    ${where}  ${failure.id} (${failure.kind}): ${failure.reason}`);
  }
  return lines;
}

/** The whole sweep as the `--json` report. */
export function buildReport(results: readonly LessonResult[], options: VerifyOptions, seconds: number): VerifyReport {
  const all = results.flatMap((lesson) => lesson.results);
  return {
    passed: all.filter((r) => r.ok).length,
    failed: all.filter((r) => !r.ok).length,
    lessons: results.map((lesson) => ({
      lesson: lesson.lesson,
      file: lesson.file,
      url: lesson.url,
      checks: lesson.results.length,
      passed: lesson.results.filter((r) => r.ok).length,
      failed: lesson.results.filter((r) => !r.ok).length,
      seconds: round(lesson.seconds),
    })),
    failures: all.filter((r) => !r.ok).map(({ ok: _, ...failure }) => failure),
    seconds: round(seconds),
    site: options.site,
    base: options.base,
    concurrency: options.concurrency,
  };
}

/** The closing lines: figures of the run, then exactly `N passed, N failed`. */
export function summaryLines(report: VerifyReport): string[] {
  const lessons = report.lessons.length;
  return [
    `\n${plural(report.passed + report.failed, 'self-check')} in ${plural(lessons, 'lesson')}, ${report.seconds.toFixed(1)} s, up to ${report.concurrency} lessons at a time.`,
    `${report.passed} passed, ${report.failed} failed`,
  ];
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;
