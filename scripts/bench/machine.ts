/**
 * How busy the machine is. Other work on a shared 2-core machine can double a build's wall
 * time, so every build records how much CPU other processes used meanwhile, and a run can
 * wait for a quiet moment before each build.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Length of one clock tick in /proc (USER_HZ is 100 on Linux). */
export const TICK_MS = 10;

/** CPU time, in ms summed over all cores, that the whole machine has spent busy since boot; undefined off Linux. */
export function machineBusyMs(): number | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal ...: idle and iowait are not busy.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until the machine uses less than `maxCores` cores (sampled over 2 s), for at most
 * `timeoutMs`. Returns the cores in use at the last sample.
 */
export async function waitForQuiet(maxCores: number, timeoutMs: number): Promise<number | undefined> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const before = machineBusyMs();
    const started = performance.now();
    await sleep(2000);
    const after = machineBusyMs();
    if (before === undefined || after === undefined) return undefined;
    const cores = (after - before) / (performance.now() - started);
    if (cores < maxCores || performance.now() >= deadline) return cores;
  }
}
