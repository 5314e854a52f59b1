/**
 * Writing many small files while the main thread does other work: a build writes the
 * catalogue's thousands of item files while Astro renders pages. Creating a file waits on the
 * file system's journal, not on the CPU: in a 1,000-lesson build, the 7,500 item files took
 * 1.26 s to write on the main thread after the pages (0.2 s in a process of their own), and a
 * worker thread takes that wait off the build's critical path (issue 19).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A file to write: its absolute path and its text (UTF-8). */
export type FileToWrite = readonly [path: string, text: string];

/**
 * Writes `files` on a worker thread, one after the other, making their folders as needed. The
 * texts are copied to the worker once; the caller may drop its own.
 * @returns a promise that resolves once every file is written, or rejects with the first
 *   error a write met (a full disk, a folder that cannot be made), or if the worker stopped.
 * @example await writeFilesOffThread([['/site/_mnemo/items/q1.json', '{"spec":...}']]);
 */
export function writeFilesOffThread(files: readonly FileToWrite[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return workerDone(new Worker(new URL('./write-files-worker.ts', import.meta.url), { workerData: files }));
}

/**
 * Writes `files` on this thread, in order, making each file's folder once: what the writing
 * workers run (write-files-worker.ts, catalogue-worker.ts). This module imports only Node's
 * own, so a worker can import it by its full name without the loader hook.
 * @throws Error from the file system (a full disk, a folder that cannot be made)
 */
export function writeFiles(files: readonly FileToWrite[]): void {
  for (const folder of new Set(files.map(([path]) => dirname(path)))) mkdirSync(folder, { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);
}

/**
 * Waits for a worker that writes files and then ends (`writeFilesOffThread`'s, the catalogue's).
 * @returns a promise that resolves once the worker has ended on its own, or rejects with the
 *   error that ended it, or when it stopped with another exit code
 */
export function workerDone(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The file writer stopped with exit code ${code} before writing every file.`))));
  });
}
