import { describe, expect, it } from 'vitest';
import { ratiosTable, runsTable, targetsTable } from '../../../scripts/bench/report';
import { summarise } from '../../../scripts/bench/summary';
import { table } from '../../../scripts/bench/table';
import { evaluateTargets } from '../../../scripts/bench/targets';
import { run } from './helpers';

const MIB = 1024 * 1024;

describe('benchmark report', () => {
  it('aligns text left and figures right', () => {
    expect(table(['site', 'wall s'], [['floor', '7.7'], ['Mnemo', '10.1']], 'lr')).toBe(
      ['site   wall s', '-----  ------', 'floor     7.7', 'Mnemo    10.1'].join('\n'),
    );
  });

  it('prints one row per run with wall and CPU seconds, peak memory and output size', () => {
    const text = runsTable([
      run({ label: 'floor', lessons: 1000, ms: 27_200, cpuMs: 30_100, peakBytes: 2052 * MIB, outputBytes: 20 * MIB }),
      run({ label: 'mnemo', lessons: 1000, ms: 68_700, cpuMs: 80_000, peakBytes: 3123 * MIB }),
      run({ label: 'mnemo', lessons: 1000, run: 2, ok: false, log: '/tmp/mnemo.log' }),
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^lessons\s+site\s+run\s+wall s\s+CPU s\s+peak MiB\s+output MiB/);
    expect(lines[2]).toMatch(/^1,000\s+floor\s+1\s+27\.2\s+30\.1\s+2052\s+20\.00/);
    expect(lines[3]).toMatch(/^1,000\s+Mnemo\s+1\s+68\.7\s+80\.0\s+3123/);
    expect(lines[4]).toMatch(/^1,000\s+Mnemo\s+2\s+FAILED.*see \/tmp\/mnemo\.log$/);
  });

  it('prints each figure for the floor and Mnemo with their ratio, time by fastest and median runs', () => {
    const text = ratiosTable(
      summarise([
        run({ label: 'floor', lessons: 1000, ms: 20_000, peakBytes: 2000 * MIB }),
        run({ label: 'mnemo', lessons: 1000, ms: 50_000, peakBytes: 3000 * MIB }),
        run({ label: 'floor', lessons: 1000, run: 2, ms: 30_000, peakBytes: 2000 * MIB }),
        run({ label: 'mnemo', lessons: 1000, run: 2, ms: 60_000, peakBytes: 3000 * MIB }),
      ]),
    );
    expect(text).toMatch(/1,000\s+wall s, fastest of 2\s+20\.0\s+50\.0\s+2\.50x/);
    expect(text).toMatch(/1,000\s+wall s, median of 2\s+25\.0\s+55\.0\s+2\.20x/);
    expect(text).toMatch(/1,000\s+peak MiB, median\s+2000\s+3000\s+1\.50x/);
  });

  it('says so when no size has both sites', () => {
    expect(ratiosTable(summarise([run({ label: 'mnemo', lessons: 100 })]))).toBe('(no size where both the floor and Mnemo built)');
  });

  it('prints each target on its own line with its verdict, and "not measured" for sizes not run', () => {
    const text = targetsTable(
      evaluateTargets(summarise([run({ label: 'floor', lessons: 1000, ms: 20_000 }), run({ label: 'mnemo', lessons: 1000, ms: 50_000 })])),
    );
    expect(text).toMatch(/time at 1,000 lessons, Mnemo\/floor, fastest runs\s+<= 1\.30x\s+2\.50x\s+MISSED/);
    expect(text).toMatch(/peak memory at 1,000 lessons, Mnemo\/floor\s+<= 1\.30x\s+1\.00x\s+met/);
    expect(text).toMatch(/time at 3,000 lessons, Mnemo\/floor, fastest runs\s+<= 1\.30x\s+n\/a\s+not measured \(needs Mnemo and floor builds at 3,000 lessons: run with --large\)/);
  });
});
