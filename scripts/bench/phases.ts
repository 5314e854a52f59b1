/**
 * Where a build's time went: Astro's own phase timers (written to ASTRO_TIMER_PATH), the
 * setup time it prints ("Collecting build info... ✓ Completed in 2.8s") and the moment it
 * prints its summary place each phase on the build's clock; the sampled CPU time of the
 * process tree then gives each phase's CPU time, which other load on the machine barely changes.
 */

/** A span of the build: its wall time and, when sampled, the CPU time and peak memory in it. */
export interface Phase {
  name: string;
  ms: number;
  cpuMs?: number;
  /** Highest resident memory of the build's process tree sampled during the phase. */
  peakBytes?: number;
}

/** One sample of the build's process tree. */
export interface Sample {
  ms: number;
  cpuMs: number;
  rssBytes: number;
}

/** Astro's timer file: one entry per timed scope. */
export type AstroTimerStats = Record<string, { elapsedTime: number; heapUsedTotal?: number }>;

/** Milliseconds from Astro's `getTimeStat` text: "978ms", "2.82s" or "4m 30s". */
function statMs(text: string): number {
  const minutes = /(\d+)m\s+(\d+)s/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  const match = /([\d.]+)\s*(ms|s)\b/.exec(text);
  return match ? Number(match[1]) * (match[2] === 'ms' ? 1 : 1000) : NaN;
}

/** The CPU time at `ms`, interpolated between samples. */
function cpuAt(timeline: readonly Sample[], ms: number): number {
  const after = timeline.findIndex((point) => point.ms >= ms);
  if (after <= 0) return after === 0 ? timeline[0]!.cpuMs : timeline.at(-1)!.cpuMs;
  const a = timeline[after - 1]!;
  const b = timeline[after]!;
  return a.cpuMs + ((b.cpuMs - a.cpuMs) * (ms - a.ms)) / (b.ms - a.ms || 1);
}

/** The search integration's line, with the milliseconds indexing took. */
const INDEXED = /\[mnemo:search\] Indexed .* in (\d+) ms\./;

/**
 * The phases of one build, in order, adding up to its wall time. A build by `npm run build`
 * (scripts/build.ts) indexes search after Astro has exited: that is a phase of its own.
 * @example phases(build.lines, build.ms, stats, build.timeline)
 */
export function phases(
  lines: readonly { ms: number; text: string }[],
  wallMs: number,
  stats: AstroTimerStats | undefined,
  timeline: readonly Sample[] = [],
): Phase[] {
  const elapsed = (name: string) => stats?.[name]?.elapsedTime ?? 0;
  const collect = lines.findIndex((line) => /\[build\] Collecting build info/.test(line.text));
  const setupLine = collect < 0 ? undefined : lines.slice(collect + 1).find((line) => /\[build\] ✓ Completed in/.test(line.text));
  const summary = lines.find((line) => /\[build\] \d+ page\(s\) built in/.test(line.text));
  const setup = setupLine ? statMs(setupLine.text.split('Completed in')[1]!) : NaN;
  const total = elapsed('Total build');
  if (!total || !summary || !Number.isFinite(setup)) return [{ name: 'total (no phase timings)', ms: wallMs }];

  // Astro's "Total build" ends just after it prints the summary line.
  const start = Math.max(0, summary.ms - total);
  const spans: [string, number][] = [
    ['node + astro start, config load', start],
    ['setup: integrations, vite, content sync', setup],
    ['server bundle (compiles every MDX lesson)', elapsed('Prerender build') + elapsed('SSR build')],
    ['client bundle', elapsed('Client build')],
    ['render pages', elapsed('Static generate') + elapsed('Server generate')],
  ];
  const known = spans.reduce((sum, [, ms]) => sum + ms, 0);
  // `npm run build` indexes once Astro has exited: its "Indexed ..." line comes after the summary.
  const index = lines.find((line) => line.ms >= summary.ms && line !== summary && INDEXED.test(line.text));
  if (!index) {
    spans.push(['build:done hooks (links, search index)', Math.max(0, summary.ms - known)]);
    spans.push(['exit', Math.max(0, wallMs - summary.ms)]);
  } else {
    const indexMs = Number(INDEXED.exec(index.text)![1]);
    const indexStart = Math.max(summary.ms, index.ms - indexMs);
    spans.push(['build:done hooks (links, print page, catalogue)', Math.max(0, summary.ms - known)]);
    spans.push(['Astro exits', indexStart - summary.ms]);
    spans.push(['search index (Pagefind, after Astro)', index.ms - indexStart]);
    spans.push(['exit', Math.max(0, wallMs - index.ms)]);
  }

  let at = 0;
  return spans.map(([name, ms]) => {
    const phase: Phase = { name, ms };
    if (timeline.length > 1) {
      phase.cpuMs = cpuAt(timeline, at + ms) - cpuAt(timeline, at);
      const inside = timeline.filter((sample) => sample.ms >= at && sample.ms <= at + ms);
      // A phase shorter than the sampling interval has no sample: no figure rather than 0.
      if (inside.length) phase.peakBytes = Math.max(...inside.map((sample) => sample.rssBytes));
    }
    at += ms;
    return phase;
  });
}

/** Lines the profiling config prints (`[bench] name: 123.4 ms (N calls)`), as name and milliseconds. */
export function profileTimings(lines: readonly { text: string }[]): Phase[] {
  const found: Phase[] = [];
  for (const { text } of lines) {
    const match = /\[bench\] (.+?): ([\d.]+) ms/.exec(text);
    if (match) found.push({ name: match[1]!, ms: Number(match[2]) });
  }
  return found;
}
