/**
 * Reading a progress file the learner picked: everything is checked before anything is
 * written, and a file that cannot be used is refused whole, with the reason the learner is
 * told. Hand-written (no schema library): it runs in the browser. Browser-safe.
 */
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-file';
import type { GuideIdentity } from './identity';
import { CHECKERS, PARTS, type LearnerValues } from './values';

/** Largest file read, in bytes of text: far beyond what a browser lets one site store (about 5 MB). */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;

/** Why a file was refused, each with its own message for the learner. */
export type FileProblem =
  /** Too large to be a progress file. */
  | { kind: 'tooLarge' }
  /** Not JSON: damaged (cut short, edited), or not a progress file at all. */
  | { kind: 'notJson' }
  /** JSON, but not a Mnemo progress file. */
  | { kind: 'notProgress' }
  /** Written by a later version of Mnemo, in a shape this one does not know. */
  | { kind: 'newer' }
  /** A progress file of another guide, named by its title. */
  | { kind: 'otherGuide'; title: string }
  /** A progress file of this guide, with a value that cannot be read. */
  | { kind: 'damaged' };

/** A usable file: its guide, when it was written, its values, and how many malformed items it had. */
export interface CheckedFile {
  guide: GuideIdentity;
  exportedAt: string;
  values: LearnerValues;
  /** Items that did not read and are left out; the rest imports. */
  dropped: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The file's content if it can be imported into `guide`, else why not. Checked in the order a
 * learner can act on: a file that is not ours, then a newer one, then another guide's, then damage.
 * @example readProgressFile(await file.text(), guide)
 */
export function readProgressFile(text: string, guide: GuideIdentity): { file: CheckedFile } | { problem: FileProblem } {
  if (text.length > MAX_FILE_CHARS) return { problem: { kind: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: { kind: 'notJson' } };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return { problem: { kind: 'notProgress' } };
  if (!Number.isInteger(data.version) || (data.version as number) < 1) return { problem: { kind: 'damaged' } };
  if ((data.version as number) > EXPORT_VERSION) return { problem: { kind: 'newer' } };
  const from = data.guide;
  if (!isObject(from) || typeof from.id !== 'string' || typeof from.title !== 'string') return { problem: { kind: 'damaged' } };
  if (from.id !== guide.id) return { problem: { kind: 'otherGuide', title: from.title } };
  if (!isObject(data.data)) return { problem: { kind: 'damaged' } };
  const values: LearnerValues = {};
  let dropped = 0;
  for (const part of PARTS) {
    const value = data.data[part];
    if (value === null || value === undefined) continue;
    const checked = CHECKERS[part](value);
    if (checked === 'newer') return { problem: { kind: 'newer' } };
    if (!checked) return { problem: { kind: 'damaged' } };
    (values as Record<string, unknown>)[part] = checked.value;
    dropped += checked.dropped;
  }
  const base = typeof from.base === 'string' ? from.base : '';
  return { file: { guide: { id: from.id, title: from.title, base }, exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '', values, dropped } };
}
