/**
 * Shapes shared by the build-time self-check analysis and the question manifest.
 */
import type { Problem } from '../problems';

/** How a self-check is answered. `flashcard` is a card, not a question. */
export type CheckKind = 'single' | 'multiple' | 'text' | 'number' | 'flashcard';

/** One choice of a choice question, as listed in the manifest. */
export interface CheckChoice {
  /** Plain text of the choice. */
  text: string;
  correct: boolean;
  feedback?: string;
}

/**
 * One row of the question manifest written to the built site, so an end-to-end verifier
 * can check every rendered self-check against what the author wrote.
 */
export interface CheckEntry {
  /** Route slug of the lesson, e.g. `basics/intro`. */
  lesson: string;
  /** Project-relative source file, e.g. `content/basics/intro.mdx`. */
  file: string;
  /** 1-based line of the `<Question>` or `<Flashcard>` tag. */
  line: number;
  /** Final id (authored or derived). */
  id: string;
  kind: CheckKind;
  /** Plain text of the stem (a flashcard's front), at most 200 characters. */
  stem: string;
  choices?: CheckChoice[];
  accept?: string[];
  caseSensitive?: boolean;
  number?: number;
  tolerance?: number;
  /** Number of hints. */
  hints: number;
  hasExplanation: boolean;
  /** A flashcard's prompt. */
  front?: string;
  /** Id of the deck a flashcard belongs to. */
  deck?: string;
  /** Authored `shuffle` of a question, or of a flashcard's deck. */
  shuffle?: boolean;
}

/** Where an id is used in a lesson, for duplicate checks across the guide. */
export interface IdUse {
  id: string;
  line: number;
  column: number;
}

/** What `analyzeLesson` needs to know about the lesson it reads. */
export interface AnalyzeOptions {
  /** Project-relative path used in messages, e.g. `content/basics/intro.mdx`. */
  file: string;
  /** Route slug, e.g. `basics/intro`; part of every derived id. */
  lesson: string;
}

/** The result of analysing one lesson. */
export interface LessonAnalysis {
  checks: CheckEntry[];
  problems: Problem[];
  /** Every question and flashcard id with its position, in document order. */
  ids: IdUse[];
}
