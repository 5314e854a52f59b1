/**
 * Printing the guide's problems for an author: one report, every path relative to the
 * guide's folder (which the header names once), sorted so a cause comes before what
 * follows from it. The build, `npm run check` and the dev server print the same report.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { formatProblem, sortProblems, type Problem } from './problems';

/** How a report names files: relative to the guide's folder, which the header names once. */
export interface ReportPaths {
  /** The project root, which `Problem.file` is relative to. */
  root: string;
  /** The guide's folder (absolute). */
  guide: string;
  /** The working directory, to show the guide's folder as the author typed it (default: `process.cwd()`). */
  cwd?: string;
}

/**
 * A problem's file, relative to the guide's folder (`basics/intro.mdx`, `_guide.yaml`); a
 * folder keeps its trailing slash, and the guide's folder itself is named as the header names it.
 */
export function guidePath(file: string, paths: ReportPaths): string {
  const inGuide = relative(paths.guide, resolve(paths.root, file)).split(sep).join('/');
  if (inGuide === '') return guideLabel(paths);
  return file.endsWith('/') ? `${inGuide}/` : inGuide;
}

/** The guide's folder for the header: relative to the working directory when inside it, else absolute. */
export function guideLabel(paths: ReportPaths): string {
  const fromCwd = relative(paths.cwd ?? process.cwd(), paths.guide);
  const shown = fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? paths.guide : fromCwd;
  return shown.split(sep).join('/').replace(/\/?$/, '/');
}

/** The lines of a report: a header naming the guide's folder, then every problem, sorted. */
export function formatReport(problems: readonly Problem[], paths: ReportPaths, what = 'problem'): string {
  const sorted = sortProblems(problems);
  const count = `${sorted.length} ${what}${sorted.length === 1 ? '' : 's'}`;
  const body = sorted.map((p) => formatProblem({ ...p, file: guidePath(p.file, paths) }));
  return `Mnemo found ${count} in the guide in ${guideLabel(paths)}:\n\n${body.join('\n\n')}\n`;
}

