/**
 * Importing a progress file the learner picked into the page's storage. Loaded when the
 * learner picks one (`offers/import.ts`).
 */
import { studyKeys } from '../../lib/progress/keys';
import { createProgressStore } from '../../lib/progress/store';
import { importFile, type ImportOutcome } from '../apply';
import { readProgressFile, type FileProblem } from '../read-file';
import type { TransferSettings } from '../transfer-settings';
import { pageStorage } from './storage';
import { reportUnsaved } from './unsaved';

/** How an import ended: refused for the file's sake (`problem`), or the outcome of writing it. */
export type ImportReport = { problem: FileProblem } | { outcome: ImportOutcome };

/**
 * Reads `file`, checks it and merges it into the guide's stored data.
 * @example const report = await importProgress(input.files[0], settings)
 */
export async function importProgress(file: Blob, settings: TransferSettings): Promise<ImportReport> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { problem: { kind: 'notJson' } };
  }
  const read = readProgressFile(text, settings.guide);
  if ('problem' in read) return read;
  const keys = studyKeys(settings.guide.base);
  // Progress saved by an earlier version moves to its current key first, so the merge sees it.
  createProgressStore(pageStorage, keys.progress, { onWriteFailure: reportUnsaved }).read();
  return { outcome: importFile(pageStorage, keys, read.file) };
}
