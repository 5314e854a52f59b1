/**
 * What an export produces: the file's text, how many self-checks it holds, and each one it
 * could not hold, with the place in the guide and the reason.
 */

/** A self-check (or part of one) an export could not carry, and why. */
export interface LeftOut {
  id: string;
  /** The lesson's file, relative to the guide's folder. */
  file: string;
  line: number;
  /** What was lost and why, e.g. "its 2 hints: GIFT has no hints". */
  why: string;
}

/** One export. */
export interface ExportResult {
  text: string;
  /** Self-checks written, whole or in part. */
  exported: number;
  leftOut: LeftOut[];
}
