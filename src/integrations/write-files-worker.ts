/**
 * The worker thread of `writeFilesOffThread` (write-off-thread.ts): writes the files it was
 * started with, then ends; a failed write ends it with that error.
 */
import { workerData } from 'node:worker_threads';
// With its ending: Node runs this module as it is, with no loader hook (the build may run without one).
import { writeFiles, type FileToWrite } from './write-off-thread.ts';

writeFiles(workerData as FileToWrite[]);
