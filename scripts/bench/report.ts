/**
 * Printing the benchmark: the figures table, the targets and whether they are met, and where
 * each build spent its time. Figures only; nothing here fails the run.
 */
import type { SiteResult } from './sites.ts';

const MB = 1024 * 1024;

/** The targets of the issue: Mnemo against bare at 1,000 lessons, and page size across sizes. */
export const TARGETS = { timeRatio: 1.3, memoryRatio: 1.3, pageGrowth: 1.2, largeSize: 1000, smallSize: 100 } as const;

const fixed = (value: number | undefined, digits: number): string =>
  value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;
const times = (value: number | undefined): string => (value === undefined ? 'n/a' : `${value.toFixed(2)}x`);

/** Renders rows as a left-aligned first column and right-aligned figures. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function find(results: readonly SiteResult[], label: string, lessons: number): SiteResult | undefined {
  return results.find((r) => r.label === label && r.lessons === lessons && r.ok);
}

/** The figures table: one row per site and size, and the Mnemo/bare ratios. */
export function figuresTable(results: readonly SiteResult[], sizes: readonly number[]): string {
  const header = ['lessons', 'site', 'build s', 'lessons/s', 'CPU s', 'peak MB', 'output MB', 'index MB', 'page gzip KB', 'others (cores)'];
  const rows: string[][] = [];
  for (const size of sizes) {
    const label = size.toLocaleString('en');
    for (const site of ['mnemo', 'bare']) {
      const r = results.find((x) => x.label === site && x.lessons === size);
      if (!r) continue;
      if (!r.ok) {
        rows.push([label, site === 'mnemo' ? 'Mnemo' : 'bare', 'FAILED', '', '', '', '', '', '', '']);
        continue;
      }
      rows.push([
        label,
        site === 'mnemo' ? 'Mnemo' : 'bare',
        fixed(r.ms / 1000, 1),
        fixed(size / (r.ms / 1000), 1),
        fixed(r.cpuMs === undefined ? undefined : r.cpuMs / 1000, 1),
        fixed(r.peakBytes / MB, 0),
        fixed(r.outputBytes === undefined ? undefined : r.outputBytes / MB, 2),
        r.indexBytes === undefined ? 'n/a' : fixed(r.indexBytes / MB, 2),
        fixed(r.page === undefined ? undefined : r.page.gzip / 1024, 1),
        fixed(r.otherCpuMs === undefined ? undefined : r.otherCpuMs / r.ms, 2),
      ]);
    }
    const mnemo = find(results, 'mnemo', size);
    const bare = find(results, 'bare', size);
    if (mnemo && bare) {
      rows.push([
        label,
        'Mnemo/bare',
        times(ratio(mnemo.ms, bare.ms)),
        '',
        times(ratio(mnemo.cpuMs, bare.cpuMs)),
        times(ratio(mnemo.peakBytes, bare.peakBytes)),
        times(ratio(mnemo.outputBytes, bare.outputBytes)),
        '',
        times(ratio(mnemo.page?.gzip, bare.page?.gzip)),
        '',
      ]);
    }
  }
  return table(header, rows);
}

/** The targets, each with its figure and `met` / `MISSED` / `n/a`. */
export function targetsReport(results: readonly SiteResult[]): string {
  const { largeSize, smallSize } = TARGETS;
  const mnemoLarge = find(results, 'mnemo', largeSize);
  const bareLarge = find(results, 'bare', largeSize);
  const mnemoSmall = find(results, 'mnemo', smallSize);
  const verdict = (value: number | undefined, limit: number) =>
    value === undefined ? 'n/a (needs those builds)' : value <= limit ? 'met' : 'MISSED';
  const lines = [
    ['1,000-lesson build time, Mnemo/bare', `<= ${TARGETS.timeRatio}x`, ratio(mnemoLarge?.ms, bareLarge?.ms), TARGETS.timeRatio],
    ['1,000-lesson peak memory, Mnemo/bare', `<= ${TARGETS.memoryRatio}x`, ratio(mnemoLarge?.peakBytes, bareLarge?.peakBytes), TARGETS.memoryRatio],
    ['Mnemo lesson page gzip, 1,000 / 100 lessons', `<= ${TARGETS.pageGrowth}x`, ratio(mnemoLarge?.page?.gzip, mnemoSmall?.page?.gzip), TARGETS.pageGrowth],
  ] as const;
  const rows = lines.map(([name, target, value, limit]) => [name, target, times(value), verdict(value, limit)]);
  const cpu = ratio(mnemoLarge?.cpuMs, bareLarge?.cpuMs);
  const typical = ratio(mnemoLarge?.medianMs, bareLarge?.medianMs);
  const extra: string[][] = [];
  if (typical !== undefined) {
    // The fastest runs show what the generator costs; the medians, what a build usually takes here.
    extra.push([`  same, median of ${mnemoLarge?.runs} runs`, `<= ${TARGETS.timeRatio}x`, times(typical), verdict(typical, TARGETS.timeRatio)]);
  }
  if (cpu !== undefined) {
    // Wall time on a shared machine depends on what else runs; CPU time much less so.
    extra.push(['  same, in CPU time (less sensitive to other load)', `<= ${TARGETS.timeRatio}x`, times(cpu), verdict(cpu, TARGETS.timeRatio)]);
  }
  rows.splice(1, 0, ...extra);
  return table(['target', 'limit', 'figure', 'verdict'], rows);
}

/** Build phases side by side, one column per build: wall seconds, and CPU seconds in brackets. */
export function phasesTable(results: readonly SiteResult[]): string {
  const ok = results.filter((r) => r.ok);
  const names = [...new Set(ok.flatMap((r) => r.phases.map((p) => p.name)))];
  const cell = (ms: number, cpuMs: number | undefined) =>
    `${fixed(ms / 1000, 1)}${cpuMs === undefined ? '' : ` (${fixed(cpuMs / 1000, 1)})`}`;
  const header = ['phase: wall s (CPU s)', '', ...ok.map((r) => `${r.label} ${r.lessons}`)];
  const rows = names.map((name) => [
    name,
    '',
    ...ok.map((r) => {
      const found = r.phases.filter((p) => p.name === name);
      if (!found.length) return '';
      const cpu = found.every((p) => p.cpuMs !== undefined) ? found.reduce((sum, p) => sum + p.cpuMs!, 0) : undefined;
      return cell(found.reduce((sum, p) => sum + p.ms, 0), cpu);
    }),
  ]);
  rows.push(['total', '', ...ok.map((r) => cell(r.ms, r.cpuMs))]);
  return table(header, rows);
}

/** Peak memory of each build's process tree during each phase, in MB. */
export function phaseMemoryTable(results: readonly SiteResult[]): string {
  const ok = results.filter((r) => r.ok && r.phases.some((p) => p.peakBytes !== undefined));
  const names = [...new Set(ok.flatMap((r) => r.phases.map((p) => p.name)))].filter((name) => name !== 'exit');
  const header = ['phase: peak MB', '', ...ok.map((r) => `${r.label} ${r.lessons}`)];
  const rows = names.map((name) => [
    name,
    '',
    ...ok.map((r) => {
      const peaks = r.phases.filter((p) => p.name === name && p.peakBytes !== undefined).map((p) => p.peakBytes!);
      return peaks.length ? fixed(Math.max(...peaks) / MB, 0) : '';
    }),
  ]);
  return table(header, rows);
}

/** The profiling variants: what switching each part off saves, against the full build. */
export function profileTable(variants: readonly SiteResult[], bare: SiteResult | undefined): string {
  const full = variants.find((v) => v.label === 'mnemo (instrumented)' && v.ok);
  const header = ['variant', '', 'build s', 'saves s', 'CPU s', 'saves CPU s', 'peak MB', 'saves MB', 'vs bare time', 'vs bare CPU', 'vs bare mem'];
  const saved = (v: SiteResult, pick: (r: SiteResult) => number | undefined, unit: number, digits: number) => {
    const a = full ? pick(full) : undefined;
    const b = pick(v);
    return full && v !== full && v.generator === 'mnemo' && a !== undefined && b !== undefined ? fixed((a - b) / unit, digits) : '';
  };
  const rows = [...variants, ...(bare ? [bare] : [])].map((v) =>
    v.ok
      ? [
          v.label,
          '',
          fixed(v.ms / 1000, 1),
          saved(v, (r) => r.ms, 1000, 1),
          fixed(v.cpuMs === undefined ? undefined : v.cpuMs / 1000, 1),
          saved(v, (r) => r.cpuMs, 1000, 1),
          fixed(v.peakBytes / MB, 0),
          saved(v, (r) => r.peakBytes, MB, 0),
          times(ratio(v.ms, bare?.ms)),
          times(ratio(v.cpuMs, bare?.cpuMs)),
          times(ratio(v.peakBytes, bare?.peakBytes)),
        ]
      : [v.label, '', 'FAILED', '', '', '', '', '', '', '', ''],
  );
  return table(header, rows);
}

/** The instrumented build's `[bench]` timings: hooks, remark/rehype plugins, Shiki transformers. */
export function timingsTable(result: SiteResult | undefined): string {
  if (!result?.timings.length) return '(no timings: the instrumented build did not report any)';
  return table(['part of Mnemo (instrumented)', '', 'total s'], result.timings.map((t) => [t.name, '', fixed(t.ms / 1000, 2)]));
}
