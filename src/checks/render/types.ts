/**
 * What rendering a self-check needs besides its spec: the HTML parts its lesson's compile
 * produced, and the page's context. Shared by lesson pages (build time) and study pages
 * (browser), so the shapes are plain data.
 */
import type { UiStrings } from '../../i18n/en';

/** The rendered HTML of a question's parts, as the catalogue stores them. */
export interface QuestionParts {
  /** The stem (any Markdown, rendered). */
  stem: string;
  /** Each choice's inline HTML, in authored order (choice questions only). */
  choices?: string[];
  /** Each step's inline HTML, in the right order (ordering questions only). */
  steps?: string[];
  /**
   * Each choice's feedback as inline HTML (from its `feedback`'s Markdown), in authored order;
   * '' for a choice without feedback. Absent: the feedback is shown as the spec's text.
   */
  feedback?: string[];
  /** Each hint's HTML, in order. */
  hints: string[];
  /** The explanation's HTML, when the question has one. */
  explanation?: string;
}

/** The rendered HTML of a flashcard's parts. */
export interface FlashcardParts {
  /** The front, as inline HTML. */
  front: string;
  /** The back (any Markdown, rendered). */
  back: string;
}

/** Where a self-check is rendered. */
export interface RenderContext {
  /** The storage key of the guide's progress (`progressKey(base)`). */
  store: string;
  /** The guide's `shuffle` setting, for questions that do not set their own. */
  shuffle: boolean;
  /** The guide's interface strings (only `question`, `card` and `kinds` are read). */
  ui: Pick<UiStrings, 'question' | 'card' | 'kinds'>;
  /** The guide's language (BCP 47): numbers in labels ("Hint 1 of 2") are written as it writes them. */
  lang: string;
}

/** How a learner's answer was graded: right only when fully right; `parts` says which parts were. */
export interface Grade {
  right: boolean;
  /** Per part (choice, blank, step...), whether it was right, where the kind has parts. */
  parts?: boolean[];
}

/**
 * How one kind of question renders: the browser's projection of its spec (`data-spec`), the
 * kind line, the answer area, and the key shown without JavaScript (marked `data-mn-outcome`
 * when the browser should show it with the explanation once the question is answered). One per kind, in
 * `kinds/renderers.ts`.
 */
export interface KindRenderer<S> {
  /** The stem's HTML, where the kind's answer sits inside it (blanks); else the stem as rendered. */
  stem?(spec: S, parts: QuestionParts, ctx: RenderContext): string;
  client(spec: S, ctx: RenderContext): unknown;
  label(spec: S, ctx: RenderContext): string;
  answer(spec: S, parts: QuestionParts, ctx: RenderContext): string;
  key(spec: S, parts: QuestionParts, ctx: RenderContext): string;
}
