/**
 * Worker threads that run the generator's own TypeScript modules. Node strips the types; the
 * loader hook of scripts/lib/extensionless.ts resolves the Vite-style imports (`./problems`
 * for `./problems.ts`). `npm run build` starts Astro with that hook, and a worker inherits
 * it; a worker started elsewhere (a test) is given it.
 */
import { Worker } from 'node:worker_threads';

const LOADER_HOOK = new URL('../../scripts/lib/extensionless.ts', import.meta.url).href;

/**
 * A worker running the module at `entry` with `workerData`. It is unreferenced, so it never
 * keeps the process alive on its own.
 * @param entry the module's URL, e.g. `new URL('./compile-worker.ts', import.meta.url)`
 */
export function tsWorker(entry: URL, workerData: unknown): Worker {
  const hooked = process.execArgv.some((arg) => arg.includes('extensionless'));
  const worker = new Worker(entry, { workerData, ...(hooked ? {} : { execArgv: [...process.execArgv, '--import', LOADER_HOOK] }) });
  worker.unref();
  return worker;
}
