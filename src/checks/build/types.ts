/**
 * What the analysis of one lesson finds: the specs of its self-checks, its problems, and the
 * nodes each spec came from (for the rewrite that follows, never changed by the analysis).
 */
import type { RootContent } from 'mdast';
import type { Problem } from '../../lib/problems';
import type { CheckSpec, DeckSpec, QuestionSpec, SpecOf } from '../schema';
import type { JsxElement } from './mdx';

/** Where an id is used in a lesson, for duplicate checks across the guide. */
export interface IdUse {
  id: string;
  line: number;
  column: number;
}

/** What the analysis needs to know about the lesson it reads. */
export interface AnalyzeOptions {
  /** The lesson's file as messages name it, e.g. `content/basics/intro.mdx`. */
  file: string;
  /** The lesson's file as specs name it: relative to the guide's folder (`basics/intro.mdx`); defaults to `file`. */
  guideFile?: string;
  /** The lesson's route slug, e.g. `basics/intro`; part of every derived id. */
  lesson: string;
}

/** A question as read, with the nodes its parts came from. */
export interface QuestionNodes {
  spec: QuestionSpec;
  node: JsxElement;
  /** Everything that is not an answer part, hint or explanation, in order. */
  stem: RootContent[];
  /** The answer-part elements (`<Choice>`s, `<Answer>`, `<Step>`s, `<Pair>`s, or the `<Blank>`s inside the stem), in order. */
  parts: JsxElement[];
  hints: JsxElement[];
  explanation?: JsxElement;
}

/** A deck as read. */
export interface DeckNodes {
  spec: DeckSpec;
  node: JsxElement;
  /** Its `<Flashcard>` elements, in order. */
  cards: JsxElement[];
}

/** A flashcard as read. */
export interface CardNodes {
  spec: SpecOf<'flashcard'>;
  node: JsxElement;
  /** Its place in its deck, 1-based. */
  position?: number;
}

/** The result of analysing one lesson. Its specs are only complete when `problems` is empty. */
export interface LessonAnalysis {
  /** Every question and flashcard, in document order. */
  checks: CheckSpec[];
  problems: Problem[];
  /** Every question and flashcard id with its position, in document order. */
  ids: IdUse[];
  questions: QuestionNodes[];
  cards: CardNodes[];
  decks: DeckNodes[];
}
