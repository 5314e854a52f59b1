/**
 * The catalogue's worker thread (catalogue.ts): makes the catalogue's files from the data it
 * was started with (`catalogueFiles`: the JSON of the index, the verifier's view and each
 * item) and writes them, while the main thread goes on to render the pages, at the lowest
 * priority (background-thread.ts). It ends when every file is written; a failed write ends it
 * with that error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { workerData } from 'node:worker_threads';
// With its ending: Node runs this module as it is, with no loader hook (the build may run without one).
import { catalogueFiles, type CatalogueData } from '../checks/catalogue/write.ts';
import { lowerThreadPriority } from '../lib/background-thread.ts';

lowerThreadPriority();

const files = catalogueFiles(workerData as CatalogueData);
for (const folder of new Set(files.map(([path]) => dirname(path)))) mkdirSync(folder, { recursive: true });
for (const [path, text] of files) writeFileSync(path, text);
