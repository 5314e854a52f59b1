/**
 * An exam page's settings, from its `exam` frontmatter block (authoring contract, Extension 1,
 * "Exams written by the author"). Browser-safe: pages and the exam script read this shape.
 */

/** Settings an `exam` block may hold, in the order the contract lists them. */
export const EXAM_KEYS = ['questions', 'from', 'timeLimit', 'passMark'] as const;

/** Pass mark in percent when the block gives none (the contract's default). */
export const DEFAULT_PASS_MARK = 70;

/** A validated `exam` block. */
export interface ExamSettings {
  /** How many questions one attempt holds, the page's own questions included; a whole number >= 1. */
  questions: number;
  /**
   * Section addresses (`releasing`, `releasing/advanced`) or tags to draw from, as written;
   * undefined draws from the whole guide. Never an empty list.
   */
  from?: string[];
  /** Time allowed in minutes (> 0, fractions allowed); undefined for an untimed exam. */
  timeLimit?: number;
  /** Lowest passing score in percent, 0 to 100. */
  passMark: number;
}

/** A 1-based line and column in a lesson file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** An `exam` block as read from a lesson, with where its parts are written for guide-level messages. */
export interface ExamBlock extends ExamSettings {
  at: {
    /** The `exam:` key. */
    block: SourcePosition;
    /** The `questions:` key. */
    questions: SourcePosition;
    /** Each `from` entry, in order (empty without `from`). */
    from: SourcePosition[];
  };
}
