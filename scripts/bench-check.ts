/**
 * `npm run bench:check`: how long `npm run check` takes on a guide (the sample guide in
 * `content/` unless MNEMO_CONTENT names another), run `--runs` times (default 3): wall time,
 * CPU time (user + system, from /usr/bin/time when there is one), and how many cores other
 * processes used meanwhile, since a shared machine inflates wall time. Prints figures only;
 * exits 1 only when a check could not run (a guide with problems still counts).
 *
 *   npm run bench:check
 *   npm run bench:check -- --runs 5
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { machineBusyMs } from './bench/machine.ts';

const root = join(import.meta.dirname, '..');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench:check -- [--runs N]   (N a whole number, at least 1)');
  process.exit(2);
}

const guide = process.env.MNEMO_CONTENT ?? 'content';
console.log(`npm run check on ${guide}, ${runs} run(s); Node ${process.version}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu %U %S'] : [];
const walls: number[] = [];
for (let run = 1; run <= runs; run++) {
  const busyBefore = machineBusyMs();
  const started = performance.now();
  const [command, ...args] = [...time, process.execPath, join(root, 'scripts', 'check.ts')];
  const result = spawnSync(command!, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  const busyAfter = machineBusyMs();
  if (result.status !== 0 && result.status !== 1) {
    console.error(`run ${run}: the check could not run (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  const cpuText = cpu ? `, CPU ${(Number(cpu[1]) + Number(cpu[2])).toFixed(1)} s` : '';
  const ownMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : 0;
  const others = busyBefore === undefined || busyAfter === undefined ? '' : `, other processes ${Math.max(0, (busyAfter - busyBefore - ownMs) / ms).toFixed(2)} cores`;
  console.log(`  run ${run}: ${(ms / 1000).toFixed(1)} s wall${cpuText}${others}${result.status === 1 ? ' (the guide has problems)' : ''}`);
  walls.push(ms);
}
const sorted = [...walls].sort((a, b) => a - b);
console.log(`fastest ${(sorted[0]! / 1000).toFixed(1)} s, median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(1)} s`);
