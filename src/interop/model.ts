/**
 * What an import produces before it is written: lessons made of headings, prose, self-checks
 * and decks, in the terms of the authoring contract, plus what could not be converted. Every
 * text is already MDX (see `mdx-text.ts`); attribute texts (`front`, `feedback`, `prompt`,
 * accepted answers) are plain text.
 */

/** The expected answer of a typed question or a blank: accepted texts, or a number. */
export type TypedAnswer =
  | { accept: string[]; caseSensitive?: boolean }
  | { number: number; tolerance: number };

/** One option of a choice question. */
export interface ChoiceOption {
  /** The option as MDX (inline, or blocks such as a code fence). */
  mdx: string;
  correct: boolean;
  /** Plain text shown when the option is picked. */
  feedback?: string;
}

/** One pair of a matching question. */
export interface MatchPair {
  /** Plain text, unique within the question. */
  prompt: string;
  /** The matching answer as MDX. */
  mdx: string;
}

interface CheckBase {
  id: string;
  /** Line of the source where the question starts (1-based). */
  line: number;
  /** The question text as MDX. For blanks it holds `blankToken(i)` where blank `i` goes. */
  stem: string;
  hints: string[];
  explanation?: string;
}

/** A question with `<Choice>`s; `multiple` asks for every correct one. */
export interface ChoiceCheck extends CheckBase {
  kind: 'choice';
  choices: ChoiceOption[];
  multiple: boolean;
  /** Written only when the source fixes it (true: always shuffle, false: keep the order). */
  shuffle?: boolean;
}

/** A question with one `<Answer>`. */
export interface TypedCheck extends CheckBase {
  kind: 'typed';
  answer: TypedAnswer;
}

/** A matching question (`<Pair>`s). */
export interface PairsCheck extends CheckBase {
  kind: 'pairs';
  pairs: MatchPair[];
}

/** A fill-in-the-blank question: `<Blank>`s inside the stem. */
export interface BlanksCheck extends CheckBase {
  kind: 'blanks';
  blanks: TypedAnswer[];
}

/** Any imported question. */
export type Check = ChoiceCheck | TypedCheck | PairsCheck | BlanksCheck;

/** A flashcard: plain-text front, MDX back. */
export interface Card {
  id: string;
  line: number;
  front: string;
  back: string;
}

/** One part of a lesson body, in order. */
export type Block =
  | { kind: 'heading'; /** Plain text. */ text: string }
  | { kind: 'prose'; mdx: string; line: number }
  | { kind: 'check'; check: Check }
  | { kind: 'deck'; title?: string; cards: Card[] };

/** One lesson to write as `<name>.mdx`. */
export interface Lesson {
  /** File name without extension, e.g. `peg-options1`. */
  name: string;
  title: string;
  description: string;
  tags: string[];
  blocks: Block[];
}

/** Something in the source that was left out, with where it was. */
export interface Skipped {
  /** The source file as given on the command line. */
  file: string;
  line: number;
  /** What it was, e.g. `essay question`, `Basic note`. */
  what: string;
  reason: string;
}

/** Everything one source file turned into. */
export interface ImportResult {
  lessons: Lesson[];
  /** Questions, cards and notes that were not imported. */
  skipped: Skipped[];
  /** Things imported with a loss (a partial-credit answer, an image), same shape. */
  losses: Skipped[];
}

/** Marks the place of blank `index` in a blanks question's stem; survives MDX conversion. */
export function blankToken(index: number): string {
  return `\uE000${index}\uE001`;
}

/** Matches every blank token, capturing its index. */
export const BLANK_TOKEN = /\uE000(\d+)\uE001/g;

/** Counts the self-checks (questions and cards) and prose blocks of some lessons. */
export function countBlocks(lessons: readonly Lesson[]): { checks: number; cards: number; prose: number } {
  const counts = { checks: 0, cards: 0, prose: 0 };
  for (const block of lessons.flatMap((lesson) => lesson.blocks)) {
    if (block.kind === 'check') counts.checks += 1;
    else if (block.kind === 'deck') counts.cards += block.cards.length;
    else if (block.kind === 'prose') counts.prose += 1;
  }
  return counts;
}
