/**
 * Collecting author-facing problems while a lesson is analysed, so every problem is
 * reported at once instead of stopping at the first.
 */
import type { Node } from 'unist';
import type { Problem } from '../../lib/problems';
import { positionOf } from './mdx';

/**
 * Records one problem at the first of `at` that has a position; attributes often lack
 * one, so callers pass the element as a fallback. `cause` is where the problem this one
 * follows from is (a misspelt attribute): the report lists this one right after it.
 */
export type Report = (at: (Node | undefined)[], message: string, fix?: string, cause?: Node) => void;

/** What every analysis step needs: where it is, and where problems go. */
export interface CheckContext {
  /** The file as messages name it. */
  file: string;
  /** The file as specs name it (relative to the guide's folder). */
  guideFile: string;
  lesson: string;
  report: Report;
}

/** A problem list for one file and the function that adds to it. */
export function createReporter(file: string): { problems: Problem[]; report: Report } {
  const problems: Problem[] = [];
  const report: Report = (at, message, fix, cause) => {
    const { line, column } = positionOf(...at);
    const problem: Problem = fix === undefined ? { file, line, column, message } : { file, line, column, message, fix };
    if (cause?.position) problem.cause = positionOf(cause);
    problems.push(problem);
  };
  return { problems, report };
}
