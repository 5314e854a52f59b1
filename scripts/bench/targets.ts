/**
 * The targets of issue 19, each checked against the figures of a run: Mnemo within 1.3x the
 * floor's time and memory at 1,000 and 3,000 lessons, the lesson page's HTML within 1.2x from
 * 100 to 3,000 lessons, and 3,000 lessons built in at most 3.3x the time of 1,000.
 */
import { find, ratio, ratiosAt, type SiteSummary } from './summary.ts';

export const TARGETS = {
  /** Mnemo/floor, time and peak memory. */
  againstFloor: 1.3,
  /** Sizes the floor comparison is stated at, in lessons. */
  floorSizes: [1000, 3000],
  /** The lesson page's HTML at the largest size over the smallest. */
  pageGrowth: 1.2,
  pageFrom: 100,
  pageTo: 3000,
  /** Build time at `growthTo` over build time at `growthFrom`: linear growth would be 3. */
  timeGrowth: 3.3,
  growthFrom: 1000,
  growthTo: 3000,
} as const;

/** Whether a target is met; `not measured` when the builds it needs were not run or failed. */
export type Verdict = 'met' | 'MISSED' | 'not measured';

/** One line of the targets report. */
export interface TargetLine {
  target: string;
  /** The highest figure that meets it (a ratio). */
  limit: number;
  /** The measured ratio; undefined when not measured. */
  figure?: number;
  verdict: Verdict;
  /** Why a figure is missing, or what a figure stands for. */
  note?: string;
}

const lessons = (n: number): string => `${n.toLocaleString('en')} lessons`;

/** The verdict of a figure as printed (2 decimals), so that "1.30x" never reads as missed. */
export function verdict(figure: number | undefined, limit: number): Verdict {
  if (figure === undefined || !Number.isFinite(figure)) return 'not measured';
  return Math.round(figure * 100) / 100 <= limit ? 'met' : 'MISSED';
}

function line(target: string, limit: number, figure: number | undefined, missing: string, note?: string): TargetLine {
  const v = verdict(figure, limit);
  return { target, limit, figure: v === 'not measured' ? undefined : figure, verdict: v, note: v === 'not measured' ? missing : note };
}

/** Mnemo's probe page at `n` lessons. */
const pageAt = (summaries: readonly SiteSummary[], n: number) => find(summaries, 'mnemo', n)?.page;

/**
 * Every target, in the order, each with its figure and verdict.
 * @example evaluateTargets(summaries).filter((t) => t.verdict === 'MISSED')
 */
export function evaluateTargets(summaries: readonly SiteSummary[]): TargetLine[] {
  const t = TARGETS;
  const lines: TargetLine[] = [];
  for (const size of t.floorSizes) {
    const r = ratiosAt(summaries, size);
    const missing = `needs Mnemo and floor builds at ${lessons(size)}${size === 3000 ? ': run with --large' : ''}`;
    const runs = find(summaries, 'mnemo', size)?.runs;
    lines.push(line(`time at ${lessons(size)}, Mnemo/floor, fastest runs`, t.againstFloor, r?.timeFastest, missing));
    lines.push(line(`time at ${lessons(size)}, Mnemo/floor, median runs`, t.againstFloor, r?.timeMedian, missing, runs === 1 ? 'one run each: the same as fastest' : undefined));
    lines.push(line(`peak memory at ${lessons(size)}, Mnemo/floor`, t.againstFloor, r?.memory, missing));
  }
  const from = pageAt(summaries, t.pageFrom);
  const to = pageAt(summaries, t.pageTo);
  const pageMissing = `needs Mnemo builds at ${lessons(t.pageFrom)} and ${lessons(t.pageTo)}`;
  lines.push(line(`lesson page HTML gzip, ${lessons(t.pageTo)} / ${t.pageFrom}`, t.pageGrowth, ratio(to?.gzip, from?.gzip), pageMissing));
  lines.push(line(`lesson page HTML raw, ${lessons(t.pageTo)} / ${t.pageFrom}`, t.pageGrowth, ratio(to?.raw, from?.raw), pageMissing));
  // Without 3,000 lessons, the largest size built still says which way the page is heading.
  const largest = Math.max(0, ...summaries.filter((s) => s.ok && s.label === 'mnemo' && s.page && s.lessons > t.pageFrom && s.lessons < t.pageTo).map((s) => s.lessons));
  if (!to && from && largest) {
    const mid = pageAt(summaries, largest)!;
    const note = `not the target: ${lessons(t.pageTo)} not built`;
    lines.push(line(`  largest built: page gzip, ${lessons(largest)} / ${t.pageFrom}`, t.pageGrowth, ratio(mid.gzip, from.gzip), pageMissing, note));
    lines.push(line(`  largest built: page raw, ${lessons(largest)} / ${t.pageFrom}`, t.pageGrowth, ratio(mid.raw, from.raw), pageMissing, note));
  }
  const small = find(summaries, 'mnemo', t.growthFrom);
  const large = find(summaries, 'mnemo', t.growthTo);
  lines.push(line(`Mnemo time, ${lessons(t.growthTo)} / ${t.growthFrom.toLocaleString('en')}, fastest runs`, t.timeGrowth, ratio(large?.fastestMs, small?.fastestMs), `needs Mnemo builds at ${lessons(t.growthFrom)} and ${lessons(t.growthTo)}: run with --large`, 'linear growth is 3.00x'));
  return lines;
}
