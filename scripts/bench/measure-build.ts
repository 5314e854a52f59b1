/**
 * Runs one build in a child process and measures it: wall time, peak memory of the whole
 * process tree (`npm run build`'s process, the `astro build` it runs, and the Pagefind binary),
 * and a log with each line stamped with the milliseconds since the build started, for phase timings.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { machineBusyMs, TICK_MS } from './machine.ts';

/** What one measured build produced. */
export interface MeasuredBuild {
  ok: boolean;
  exitCode: number | null;
  /** Wall-clock time in milliseconds, from spawn to exit. */
  ms: number;
  /** Highest sum of resident memory over the process tree, sampled every `pollMs` (bytes). */
  treePeakBytes: number;
  /** `/usr/bin/time -v` "Maximum resident set size": the largest single process (bytes); 0 without it. */
  maxRssBytes: number;
  /** User + system CPU time of the whole tree from `/usr/bin/time -v`, in ms; undefined without it. */
  cpuMs?: number;
  /** CPU time other processes on the machine used during the build, in ms (all cores). */
  otherCpuMs?: number;
  /** Every output line with the milliseconds since spawn at which it arrived. */
  lines: { ms: number; text: string }[];
  /**
   * Samples of the build's process tree: CPU time used so far (`cpuMs`) and resident memory
   * (`rssBytes`) at moments of the build (`ms`).
   */
  timeline: { ms: number; cpuMs: number; rssBytes: number }[];
}

const GNU_TIME = '/usr/bin/time';

/** Options for `measureBuild`. */
export interface MeasureOptions {
  /** Working directory of the build. */
  cwd: string;
  /** Arguments after `node`, e.g. `['node_modules/astro/bin/astro.mjs', 'build']`. */
  args: string[];
  env: Record<string, string>;
  /** Where the stamped log is written. */
  logFile: string;
  pollMs?: number;
}

/** Parent pid of every process, read from /proc (Linux only; empty elsewhere). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  if (!existsSync('/proc')) return parents;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces; ppid is the 2nd field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended while we were looking.
    }
  }
  return parents;
}

/** `root` and all its descendants. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentsByPid()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** CPU time of a process and of its children that it has already reaped (utime, stime, cutime, cstime). */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return 0;
  }
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Builds and measures. Under `/usr/bin/time -v` when it exists, which adds the exact peak of
 * the largest process to the sampled peak of the tree.
 * @example await measureBuild({ cwd: root, args: ['node_modules/astro/bin/astro.mjs', 'build'], env, logFile })
 */
export function measureBuild(options: MeasureOptions): Promise<MeasuredBuild> {
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...options.args]]
    : [process.execPath, options.args];
  const busyBefore = machineBusyMs();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: MeasuredBuild['lines'] = [];
  const pending = { out: '', err: '' };
  const collect = (stream: 'out' | 'err') => (chunk: Buffer) => {
    const ms = performance.now() - started;
    const parts = (pending[stream] + chunk.toString('utf8')).split('\n');
    pending[stream] = parts.pop()!;
    for (const text of parts) lines.push({ ms, text });
  };
  child.stdout.on('data', collect('out'));
  child.stderr.on('data', collect('err'));

  let treePeakBytes = 0;
  const timeline: MeasuredBuild['timeline'] = [{ ms: 0, cpuMs: 0, rssBytes: 0 }];
  const sample = () => {
    if (child.pid === undefined) return;
    // Under GNU time the root is `time` itself, which is not part of the build.
    const tree = processTree(child.pid).slice(useTime ? 1 : 0);
    const rssBytes = tree.reduce((sum, pid) => sum + residentBytes(pid), 0);
    treePeakBytes = Math.max(treePeakBytes, rssBytes);
    // A process that ended moves its time to its parent; never let the sum go backwards.
    const cpu = tree.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
    timeline.push({ ms: performance.now() - started, cpuMs: Math.max(cpu, timeline.at(-1)!.cpuMs), rssBytes });
  };
  const timer = setInterval(sample, options.pollMs ?? 100);

  return new Promise((done) => {
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      for (const text of [pending.out, pending.err]) if (text) lines.push({ ms, text });
      let maxRssBytes = 0;
      let cpuMs: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const field = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1] ?? NaN);
        maxRssBytes = (field('Maximum resident set size \\(kbytes\\)') || 0) * 1024;
        const cpu = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
        if (Number.isFinite(cpu)) cpuMs = cpu * 1000;
      }
      if (cpuMs !== undefined) timeline.push({ ms, cpuMs: Math.max(cpuMs, timeline.at(-1)!.cpuMs), rssBytes: 0 });
      const busyAfter = machineBusyMs();
      const otherCpuMs =
        busyBefore === undefined || busyAfter === undefined || cpuMs === undefined ? undefined : Math.max(0, busyAfter - busyBefore - cpuMs);
      const stamped = lines.map((line) => `${(line.ms / 1000).toFixed(3).padStart(8)}s ${line.text}`);
      writeFileSync(options.logFile, `$ ${command} ${args.join(' ')}\n${stamped.join('\n')}\n[exit ${exitCode} after ${(ms / 1000).toFixed(3)}s]\n`);
      done({ ok: exitCode === 0, exitCode, ms, treePeakBytes, maxRssBytes, cpuMs, otherCpuMs, lines, timeline });
    });
  });
}
