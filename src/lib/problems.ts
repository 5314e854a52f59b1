/**
 * Author-facing build problems. Every check the build runs on the guide reports through
 * this one shape, so an author sees every problem of a build at once, each with the file,
 * the position and what to write instead.
 */
/** A position in a file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

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
  /**
   * Where the problem this one follows from is, in the same file: the typo `corect` is the
   * cause of "no choice is marked correct". A consequence is listed right after its cause.
   */
  cause?: Position;
}

/** Formats one problem as `file:line:column  message  fix`. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}${p.column > 0 ? `:${p.column}` : ''}` : p.file;
  return `${where}: ${p.message}${p.fix ? `\n    -> ${p.fix}` : ''}`;
}

/**
 * Sorts problems by file, then position, so reports are stable across runs; a consequence
 * (`cause`) sorts right after the problem at its cause's position.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const at = (p: Problem) => p.cause ?? p;
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      at(a).line - at(b).line ||
      at(a).column - at(b).column ||
      Number(a.cause !== undefined) - Number(b.cause !== undefined) ||
      a.line - b.line ||
      a.column - b.column,
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
