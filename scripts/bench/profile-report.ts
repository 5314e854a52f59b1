/**
 * Where builds spend their time and memory: Astro's build phases side by side (and the floor's
 * Pagefind CLI run), and with `--profile`, what switching each part of Mnemo off saves and what
 * each instrumented hook, plugin and transformer took. These figures guide the optimisation;
 * the targets are judged in report.ts.
 */
import type { SiteResult } from './sites.ts';
import { ratio, type SiteSummary } from './summary.ts';
import { fixed, MIB, table, times } from './table.ts';

const column = (r: SiteResult): string => `${r.label === 'mnemo' ? 'Mnemo' : r.label} ${r.lessons}`;

/** Build phases side by side, one column per build: wall seconds, and CPU seconds in brackets. */
export function phasesTable(results: readonly SiteResult[]): string {
  const ok = results.filter((r) => r.ok);
  const names = [...new Set(ok.flatMap((r) => r.phases.map((p) => p.name)))];
  const cell = (ms: number, cpuMs: number | undefined) => `${fixed(ms / 1000, 1)}${cpuMs === undefined ? '' : ` (${fixed(cpuMs / 1000, 1)})`}`;
  const rows = names.map((name) => [
    name,
    ...ok.map((r) => {
      const found = r.phases.filter((p) => p.name === name);
      if (!found.length) return '';
      const cpu = found.every((p) => p.cpuMs !== undefined) ? found.reduce((sum, p) => sum + p.cpuMs!, 0) : undefined;
      return cell(found.reduce((sum, p) => sum + p.ms, 0), cpu);
    }),
  ]);
  rows.push(['total', ...ok.map((r) => cell(r.ms, r.cpuMs))]);
  return table(['phase: wall s (CPU s)', ...ok.map(column)], rows, 'l');
}

/** Peak memory of each build's process tree during each phase, in MiB. */
export function phaseMemoryTable(results: readonly SiteResult[]): string {
  const ok = results.filter((r) => r.ok && r.phases.some((p) => p.peakBytes !== undefined));
  const names = [...new Set(ok.flatMap((r) => r.phases.map((p) => p.name)))].filter((name) => name !== 'exit');
  const rows = names.map((name) => [
    name,
    ...ok.map((r) => {
      const peaks = r.phases.filter((p) => p.name === name && p.peakBytes !== undefined).map((p) => p.peakBytes!);
      return peaks.length ? fixed(Math.max(...peaks) / MIB, 0) : '';
    }),
  ]);
  return table(['phase: peak MiB', ...ok.map(column)], rows, 'l');
}

/** The profiling variants: what switching each part off saves against the full build, and each against the floor. */
export function profileTable(variants: readonly SiteSummary[], floor: SiteSummary | undefined): string {
  const full = variants.find((v) => v.label === 'mnemo (instrumented)' && v.ok);
  const header = ['variant', 'wall s', 'saves s', 'CPU s', 'saves CPU s', 'peak MiB', 'saves MiB', 'vs floor time', 'vs floor CPU', 'vs floor mem'];
  const saved = (v: SiteSummary, pick: (s: SiteSummary) => number | undefined, unit: number, digits: number) => {
    const a = full ? pick(full) : undefined;
    const b = pick(v);
    return full && v !== full && v.generator === 'mnemo' && a !== undefined && b !== undefined ? fixed((a - b) / unit, digits) : '';
  };
  const rows = [...variants, ...(floor ? [floor] : [])].map((v) =>
    v.ok
      ? [
          v.label,
          fixed(v.fastestMs / 1000, 1),
          saved(v, (s) => s.fastestMs, 1000, 1),
          fixed(v.cpuMs === undefined ? undefined : v.cpuMs / 1000, 1),
          saved(v, (s) => s.cpuMs, 1000, 1),
          fixed(v.peakBytes / MIB, 0),
          saved(v, (s) => s.peakBytes, MIB, 0),
          times(ratio(v.fastestMs, floor?.fastestMs)),
          times(ratio(v.cpuMs, floor?.cpuMs)),
          times(ratio(v.peakBytes, floor?.peakBytes)),
        ]
      : [v.label, 'FAILED'],
  );
  return table(header, rows, 'l');
}

/** The instrumented build's `[bench]` timings: hooks, Sätteri plugins, Shiki transformers. */
export function timingsTable(result: SiteResult | undefined): string {
  if (!result?.timings.length) return '(no timings: the instrumented build did not report any)';
  return table(['part of Mnemo (instrumented)', 'total s'], result.timings.map((t) => [t.name, fixed(t.ms / 1000, 2)]), 'l');
}
