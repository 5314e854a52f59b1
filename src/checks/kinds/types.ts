/**
 * The one small interface every kind of question implements, and the registry's types.
 * Adding a kind means one folder under `kinds/` implementing this, one schema in
 * `schema.ts`, and one line in each exhaustive map (the type checker lists them).
 */
import type { JsxElement } from '../build/mdx';
import type { CheckContext } from '../build/report';
import type { KindRenderer } from '../render/types';
import type { QuestionKind, SpecOf } from '../schema';

/** The `<Question>` whose answer part a kind reads, with its yes/no attributes already read. */
export interface QuestionElement {
  node: JsxElement;
  /** `multiple` as written, undefined when absent or invalid (reported). */
  multiple?: boolean;
  /** `shuffle` as written, undefined when absent or invalid (reported). */
  shuffle?: boolean;
}

/** The self-check components that make up a question's answer part. */
export type AnswerComponent = 'Choice' | 'Answer' | 'Step' | 'Pair' | 'Blank';

/** What a kind adds to a question: its `kind` and its answer part (no stem, hints, placement). */
export type AnswerOf<K extends QuestionKind> = K extends QuestionKind
  ? Omit<SpecOf<K>, 'id' | 'lesson' | 'file' | 'line' | 'stem' | 'hints' | 'explanation'>
  : never;

/** One answer `npm run verify` gives a question, and whether the page must grade it right. */
export interface Attempt<R> {
  response: R;
  right: boolean;
  /** What it is, for the report, e.g. `the accepted answer “blue-green”`. */
  why: string;
  /** For a kind with parts (steps, pairs, blanks): which parts the page must mark right. */
  parts?: boolean[];
}

/**
 * One kind of question (or two that are written alike, such as one and several correct
 * choices): how it is read from MDX, rendered, keyed and proven.
 */
export interface QuestionKindModule<K extends QuestionKind, R> {
  /** The component its answer part is written with. */
  component: AnswerComponent;
  /**
   * Reads the answer part: the `component` elements of one `<Question>` (at least one), in
   * order. Reports every problem to `ctx`; returns undefined when the part cannot be read.
   */
  read(parts: JsxElement[], question: QuestionElement, ctx: CheckContext): AnswerOf<K> | undefined;
  /** How it renders (browser-safe). */
  render: KindRenderer<SpecOf<K>>;
  /** The right answer as plain text, e.g. for an exported answer key. */
  keyText(spec: SpecOf<K>): string;
  /** The answers `npm run verify` gives it: wrong ones first, then every right one. */
  attempts(spec: SpecOf<K>): Attempt<R>[];
}
