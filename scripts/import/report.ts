/**
 * What `npm run import` prints: each lesson written and what it holds, everything not converted
 * and everything imported with a loss (each with its file and line), and a summary line.
 */
import { isAbsolute, relative } from 'node:path';
import { countBlocks, type ImportResult, type Skipped } from '../../src/interop/model.ts';
import type { Target } from './run.ts';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listed(entry: Skipped): string {
  return `  ${entry.file}:${entry.line}  ${entry.what}: ${entry.reason}`;
}

/** The things of a lesson or an import, e.g. `12 questions, 3 flashcards`. */
export function describeCounts(counts: ReturnType<typeof countBlocks>): string {
  const parts = [
    ...(counts.checks > 0 || counts.cards === 0 ? [plural(counts.checks, 'question')] : []),
    ...(counts.cards > 0 ? [plural(counts.cards, 'flashcard')] : []),
  ];
  if (counts.prose > 0) parts.push(plural(counts.prose, 'text block'));
  return parts.join(', ');
}

/** The lines that report what was skipped or lost, under their headings. */
export function problemLines(results: readonly ImportResult[]): string[] {
  const skipped = results.flatMap((result) => result.skipped);
  const losses = results.flatMap((result) => result.losses);
  return [
    ...(skipped.length > 0 ? [`Not converted (${skipped.length}):`, ...skipped.map(listed)] : []),
    ...(losses.length > 0 ? [`Imported with a loss (${losses.length}):`, ...losses.map(listed)] : []),
  ];
}

/** A path as the user would type it: relative to `cwd` when inside it, else absolute. */
function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** The whole report of a finished import. */
export function reportLines(targets: readonly Target[], results: readonly ImportResult[], cwd: string): string[] {
  const total = countBlocks(targets.map((target) => target.lesson));
  const skipped = results.reduce((sum, result) => sum + result.skipped.length, 0);
  return [
    ...targets.map((target) => `Wrote ${shownPath(target.path, cwd)} (${describeCounts(countBlocks([target.lesson]))}) from ${target.source}`),
    ...problemLines(results),
    `Imported ${describeCounts(total)}; ${skipped} not converted.`,
  ];
}
