/**
 * The catalogue's worker thread (catalogue.ts): makes the catalogue's files from the data it
 * was started with (`catalogueFiles`: the JSON of the index, the verifier's view and each
 * item) and writes them, while the main thread goes on to render the pages, at the lowest
 * priority (background-thread.ts). It ends when every file is written; a failed write ends it
 * with that error.
 */
import { workerData } from 'node:worker_threads';
// With its ending: Node runs this module as it is, with no loader hook (the build may run without one).
import { catalogueFiles, type CatalogueData } from '../checks/catalogue/write.ts';
import { lowerThreadPriority } from '../lib/background-thread.ts';
import { writeFiles } from './write-off-thread.ts';

lowerThreadPriority();

writeFiles(catalogueFiles(workerData as CatalogueData));
