import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority } from '../../../src/lib/background-thread';

const MODULE = new URL('../../../src/lib/background-thread.ts', import.meta.url).href;

/** The nice value of the calling thread, from Linux's /proc (field 19 of its stat line). */
const OWN_NICE = `Number(require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')[16])`;
const ownNice = (): number => Number(readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);

/** Runs `lowerThreadPriority` in a worker thread that imports the module by its full name, without a loader hook, as the catalogue's worker does. */
function inWorker(): Promise<{ lowered: boolean; before: number; after: number }> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const before = ${OWN_NICE};
    import(workerData).then(({ lowerThreadPriority }) => {
      const lowered = lowerThreadPriority();
      parentPort.postMessage({ lowered, before, after: ${OWN_NICE} });
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: MODULE });
    worker.once('message', (result) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

describe('a background thread’s priority', () => {
  it.runIf(process.platform === 'linux')('drops to nice 19 on the thread that asks, and the main thread keeps its own', async () => {
    const main = ownNice();
    const result = await inWorker();
    expect(result).toEqual({ lowered: true, before: main, after: 19 });
    expect(ownNice()).toBe(main);
  });

  it.runIf(process.platform === 'linux')('is left alone where a thread has no priority of its own (the call would lower the whole process)', () => {
    const main = ownNice();
    expect(lowerThreadPriority('darwin')).toBe(false);
    expect(lowerThreadPriority('win32')).toBe(false);
    expect(ownNice()).toBe(main);
  });
});
