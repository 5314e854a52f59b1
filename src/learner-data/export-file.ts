/**
 * The progress file: everything a guide keeps in one browser (progress, review state, exam
 * attempts), exported to move to another browser or to keep safe, and imported back.
 *
 * ```json
 * {
 *   "format": "mnemo-progress",
 *   "version": 1,
 *   "guide": { "id": "deployment-fundamentals", "title": "Deployment fundamentals", "base": "/" },
 *   "exportedAt": "2026-05-04T09:30:00.000Z",
 *   "data": { "progress": { "v": 2, ... }, "review": { "v": 1, ... }, "exams": null }
 * }
 * ```
 *
 * Each value under `data` is the stored value exactly as the browser held it (with its own
 * version), or null when there was none. Browser-safe.
 */
import type { GuideIdentity } from './identity';
import type { Part } from './values';

/** What `format` says, so a file is recognised whatever it is named. */
export const EXPORT_FORMAT = 'mnemo-progress';

/**
 * Version of the file's own shape. A new version is needed only when the shape around the
 * values changes; the values carry their own versions.
 */
export const EXPORT_VERSION = 1;

/** A progress file as written. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** The guide the data belongs to; an import into another guide is refused. */
  guide: GuideIdentity;
  /** When it was written, ISO 8601 in UTC. */
  exportedAt: string;
  /** Each stored value as it was, or null when the browser had none (or could not read it). */
  data: Record<Part, unknown>;
}

/** What the browser stores under each key, as raw strings (null when nothing is stored). */
export type RawValues = Record<Part, string | null>;

/**
 * The file holding the stored values `raw` of `guide`, written at `now` (ms since the epoch).
 * A value that is not JSON stays in the browser (its store keeps it aside) and is written as null.
 */
export function exportFile(guide: GuideIdentity, raw: RawValues, now: number): ExportFile {
  const parse = (text: string | null): unknown => {
    try {
      return text === null ? null : JSON.parse(text);
    } catch {
      return null;
    }
  };
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    guide,
    exportedAt: new Date(now).toISOString(),
    data: { progress: parse(raw.progress), review: parse(raw.review), exams: parse(raw.exams) },
  };
}

/** The file's text: two-space indented JSON, readable in any editor. */
export function exportText(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The download's name: `template` (the guide's name already in it) with `{date}` as the local
 * date of `now`, YYYY-MM-DD, so files of several days sort in order.
 * @example exportFileName('deployment-fundamentals-progress-{date}.json', Date.UTC(2026, 4, 4, 12)) // 'deployment-fundamentals-progress-2026-05-04.json'
 */
export function exportFileName(template: string, now: number, offsetMinutes = -new Date(now).getTimezoneOffset()): string {
  const local = new Date(now + offsetMinutes * 60_000);
  const date = `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-${String(local.getUTCDate()).padStart(2, '0')}`;
  return template.replace('{date}', date);
}
