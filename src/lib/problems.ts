/**
 * Author-facing build problems. Every check the build runs on `content/` reports
 * through this one shape, so an author sees every problem of a build at once, each
 * with the file, the position and what to write instead.
 */
export interface Problem {
  /** Path of the offending file, relative to the project root, e.g. `content/basics/intro.mdx`. */
  file: string;
  /** 1-based line of the problem in that file (0 when the whole file is at fault). */
  line: number;
  /** 1-based column (0 when unknown). */
  column: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to write instead, e.g. `Write "title:" instead of "titel:".` */
  fix?: string;
}

/** Formats one problem as `file:line:column  message  fix`. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}${p.column > 0 ? `:${p.column}` : ''}` : p.file;
  return `${where}: ${p.message}${p.fix ? `\n    -> ${p.fix}` : ''}`;
}

/** Sorts problems by file then position so reports are stable across runs. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown when content has problems; its message lists all of them. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`Mnemo found ${count} in the guide:\n\n${sorted.map(formatProblem).join('\n\n')}\n`);
    // The author needs the list, not the generator's call stack.
    this.stack = `${this.name}: ${this.message}`;
    this.name = 'ContentError';
    this.problems = sorted;
  }
}
