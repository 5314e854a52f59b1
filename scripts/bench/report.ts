/**
 * The benchmark's main report: every run of every site, Mnemo's figures over the floor's, and
 * the targets line by line. Figures only; nothing here fails the run.
 */
import type { SiteResult } from './sites.ts';
import { find, ratiosAt, type SiteSummary } from './summary.ts';
import { fixed, KIB, MIB, table, times } from './table.ts';
import type { TargetLine } from './targets.ts';

const siteName = (label: string): string => (label === 'mnemo' ? 'Mnemo' : label);
const seconds = (ms: number | undefined): string => fixed(ms === undefined ? undefined : ms / 1000, 1);
const mib = (bytes: number | undefined, digits = 0): string => fixed(bytes === undefined ? undefined : bytes / MIB, digits);

/**
 * One row per build, in the order they ran: wall and CPU seconds, peak MiB, output and search
 * index MiB, the probe page in KiB (raw and gzip), and how many cores other processes used.
 */
export function runsTable(results: readonly SiteResult[]): string {
  const header = ['lessons', 'site', 'run', 'wall s', 'CPU s', 'peak MiB', 'output MiB', 'index MiB', 'page KiB', 'page gzip KiB', 'others (cores)'];
  const rows = results.map((r) => {
    const head = [r.lessons.toLocaleString('en'), siteName(r.label), String(r.run)];
    if (!r.ok) return [...head, 'FAILED', '', '', '', '', '', '', `see ${r.log}`];
    return [
      ...head,
      seconds(r.ms),
      seconds(r.cpuMs),
      mib(r.peakBytes),
      mib(r.outputBytes, 2),
      mib(r.indexBytes, 2),
      fixed(r.page === undefined ? undefined : r.page.raw / KIB, 1),
      fixed(r.page === undefined ? undefined : r.page.gzip / KIB, 1),
      fixed(r.otherCpuMs === undefined ? undefined : r.otherCpuMs / r.ms, 2),
    ];
  });
  return table(header, rows, 'll');
}

/** Each size where both sites built: each figure for the floor and Mnemo, and their ratio. */
export function ratiosTable(summaries: readonly SiteSummary[]): string {
  const sizes = [...new Set(summaries.map((s) => s.lessons))].sort((a, b) => a - b);
  const rows: string[][] = [];
  for (const size of sizes) {
    const floor = find(summaries, 'floor', size);
    const mnemo = find(summaries, 'mnemo', size);
    const r = ratiosAt(summaries, size);
    if (!floor || !mnemo || !r) continue;
    const label = size.toLocaleString('en');
    rows.push(
      [label, `wall s, fastest of ${mnemo.runs}`, seconds(floor.fastestMs), seconds(mnemo.fastestMs), times(r.timeFastest)],
      [label, `wall s, median of ${mnemo.runs}`, seconds(floor.medianMs), seconds(mnemo.medianMs), times(r.timeMedian)],
      [label, 'CPU s, median', seconds(floor.cpuMs), seconds(mnemo.cpuMs), times(r.cpu)],
      [label, 'peak MiB, median', mib(floor.peakBytes), mib(mnemo.peakBytes), times(r.memory)],
      [label, 'output MiB', mib(floor.outputBytes, 2), mib(mnemo.outputBytes, 2), times(r.output)],
    );
  }
  if (!rows.length) return '(no size where both the floor and Mnemo built)';
  return table(['lessons', 'figure', 'floor', 'Mnemo', 'Mnemo/floor'], rows, 'll');
}

/** The targets, one per line: limit, figure, and `met`, `MISSED` or `not measured` with why. */
export function targetsTable(lines: readonly TargetLine[]): string {
  const rows = lines.map((t) => [t.target, `<= ${t.limit.toFixed(2)}x`, times(t.figure), t.verdict + (t.note ? ` (${t.note})` : '')]);
  return table(['target', 'limit', 'figure', 'verdict'], rows, 'lrrl');
}
