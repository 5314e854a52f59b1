/**
 * The dashboard's export and import: the export downloads the progress file; an import says
 * in words what it did, or why nothing was imported. Their code loads when first used
 * (`learner-data/client/on-demand.ts`).
 */
import type { ImportReport } from '../../learner-data/client/import';
import { demand } from '../../learner-data/client/on-demand';
import type { TransferSettings } from '../../learner-data/transfer-settings';
import { count, say } from './words';

/** Downloads the progress file; returns what to tell the learner. */
export async function exportNow(settings: TransferSettings): Promise<string> {
  const downloadProgress = await demand('exportProgress');
  return say('exported', { file: downloadProgress(settings) });
}

/** What to tell the learner about an import. */
export function importMessage(report: ImportReport): string {
  if ('problem' in report) {
    const { problem } = report;
    return problem.kind === 'otherGuide' ? say('otherGuide', { title: problem.title }) : say(problem.kind);
  }
  const { outcome } = report;
  if (!outcome.ok) return say(outcome.reason);
  const parts = [outcome.taken ? count('imported', outcome.taken) : say('importedNothing')];
  if (outcome.kept) parts.push(count('importedKept', outcome.kept));
  if (outcome.dropped) parts.push(count('importedDropped', outcome.dropped));
  return parts.join(' ');
}

/** Imports the file the learner picked; returns what to tell the learner. */
export async function importNow(file: Blob, settings: TransferSettings): Promise<string> {
  const importProgress = await demand('importProgress');
  return importMessage(await importProgress(file, settings));
}
