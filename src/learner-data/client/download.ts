/**
 * Exporting the guide's learner data as a file download: what the browser holds under each key,
 * with what this page could not save in its place (see `storage.ts`). Loaded when the learner
 * asks for it, from the dashboard or from the notice on any page (`offers/export.ts`).
 */
import { studyKeys } from '../../lib/progress/keys';
import { createProgressStore } from '../../lib/progress/store';
import { exportFile, exportFileName, exportText } from '../export-file';
import type { TransferSettings } from '../transfer-settings';
import { pageStorage } from './storage';
import { reportUnsaved } from './unsaved';

/** How long the file's temporary address is kept for the browser to finish the download, in ms. */
const KEEP_URL_MS = 60_000;

const read = (key: string): string | null => {
  try {
    return pageStorage.getItem(key);
  } catch {
    return null;
  }
};

/** Downloads the guide's progress file; returns the file's name. */
export function downloadProgress(settings: TransferSettings, now = Date.now()): string {
  const keys = studyKeys(settings.guide.base);
  // Reading through the store first moves progress saved by an earlier version to its current key.
  createProgressStore(pageStorage, keys.progress, { onWriteFailure: reportUnsaved }).read();
  const file = exportFile(settings.guide, { progress: read(keys.progress), review: read(keys.review), exams: read(keys.exams) }, now);
  const url = URL.createObjectURL(new Blob([exportText(file)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(settings.fileName, now);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  return link.download;
}
