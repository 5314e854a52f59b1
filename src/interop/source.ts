/**
 * A source file being imported, and what every importer derives from its name: the lesson's
 * file name and title.
 */
import { slugify, type IdRegistry } from './ids.ts';
import type { Skipped } from './model.ts';

/** A file to import. */
export interface SourceFile {
  /** The path as the user gave it; reports name it so. */
  path: string;
  /** The whole file. */
  text: string;
}

/** What an importer gets: the file, and the ids already handed out in this import. */
export interface ImportContext {
  file: SourceFile;
  ids: IdRegistry;
}

/** The file name without folders and extension, e.g. `peg--options1` for `gift/peg--options1.gift`. */
export function baseName(path: string): string {
  const name = path.split(/[/\\]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, '') || name;
}

/** The lesson's file name (without `.mdx`) for a source file. */
export function lessonName(path: string): string {
  return slugify(baseName(path), 80) || 'imported';
}

/**
 * A readable lesson title from a file name: separators become spaces, first letter capital.
 * @example lessonTitle('quizzes/ch04-01_ownership.toml') // 'Ch04 01 ownership'
 */
export function lessonTitle(path: string): string {
  const words = baseName(path).replace(/[-_.\s]+/g, ' ').trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'Imported questions';
}

/** A `Skipped` entry for this file. */
export function skippedAt(file: SourceFile, line: number, what: string, reason: string): Skipped {
  return { file: file.path, line, what, reason };
}
