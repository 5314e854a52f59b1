import { describe, expect, it } from 'vitest';
import { summarise } from '../../../scripts/bench/summary';
import { evaluateTargets, verdict, type TargetLine } from '../../../scripts/bench/targets';
import { run } from './helpers';

const byName = (lines: TargetLine[], start: string) => lines.filter((l) => l.target.trimStart().startsWith(start));

describe('targets', () => {
  it('judges the figure as printed, so 1.30x meets a 1.3x limit', () => {
    expect(verdict(1.304, 1.3)).toBe('met');
    expect(verdict(1.306, 1.3)).toBe('MISSED');
    expect(verdict(undefined, 1.3)).toBe('not measured');
  });

  it('says "not measured", with what is needed, for every size that was not built', () => {
    const lines = evaluateTargets(summarise([run({ label: 'floor', lessons: 100 }), run({ label: 'mnemo', lessons: 100 })]));
    expect(lines.every((l) => l.verdict === 'not measured' && l.figure === undefined)).toBe(true);
    expect(byName(lines, 'time at 3,000 lessons')[0]!.note).toBe('needs Mnemo and floor builds at 3,000 lessons: run with --large');
  });

  it('checks time and memory against the floor at 1,000 lessons', () => {
    const lines = evaluateTargets(
      summarise([
        run({ label: 'floor', lessons: 1000, ms: 20_000, peakBytes: 2000 }),
        run({ label: 'mnemo', lessons: 1000, ms: 25_000, peakBytes: 3000 }),
      ]),
    );
    const [fastest, medianRuns, memory] = byName(lines, 'time at 1,000').concat(byName(lines, 'peak memory at 1,000'));
    expect(fastest).toMatchObject({ figure: 1.25, verdict: 'met' });
    expect(medianRuns).toMatchObject({ figure: 1.25, verdict: 'met', note: 'one run each: the same as fastest' });
    expect(memory).toMatchObject({ figure: 1.5, verdict: 'MISSED' });
    expect(byName(lines, 'time at 3,000')[0]!.verdict).toBe('not measured');
  });

  it('compares the lesson page from 100 to 3,000 lessons, gzip and raw, and time growth from 1,000 to 3,000', () => {
    const lines = evaluateTargets(
      summarise([
        run({ label: 'mnemo', lessons: 100, page: { raw: 40_000, gzip: 8_000 } }),
        run({ label: 'mnemo', lessons: 1000, ms: 60_000 }),
        run({ label: 'mnemo', lessons: 3000, ms: 210_000, page: { raw: 52_000, gzip: 8_800 } }),
      ]),
    );
    expect(byName(lines, 'lesson page HTML gzip')[0]).toMatchObject({ figure: 1.1, verdict: 'met' });
    expect(byName(lines, 'lesson page HTML raw')[0]).toMatchObject({ figure: 1.3, verdict: 'MISSED' });
    expect(byName(lines, 'Mnemo time, 3,000 lessons / 1,000')[0]).toMatchObject({ figure: 3.5, verdict: 'MISSED' });
    expect(byName(lines, 'largest built')).toEqual([]);
  });

  it('without 3,000 lessons, shows the page growth to the largest size built, marked as not the target', () => {
    const lines = evaluateTargets(
      summarise([
        run({ label: 'mnemo', lessons: 100, page: { raw: 40_000, gzip: 8_000 } }),
        run({ label: 'mnemo', lessons: 1000, page: { raw: 44_000, gzip: 8_000 } }),
      ]),
    );
    expect(byName(lines, 'lesson page HTML gzip')[0]!.verdict).toBe('not measured');
    const largest = byName(lines, 'largest built');
    expect(largest.map((l) => [l.target.trim(), l.figure, l.verdict])).toEqual([
      ['largest built: page gzip, 1,000 lessons / 100', 1, 'met'],
      ['largest built: page raw, 1,000 lessons / 100', 1.1, 'met'],
    ]);
    expect(largest[0]!.note).toBe('not the target: 3,000 lessons not built');
  });
});
