/**
 * The model of a self-check: one `CheckSpec` per question or flashcard, the same for the
 * build, the pages, the browser (through each kind's client projection), `npm run verify`,
 * the catalogue and the exporters. Zod schemas first; the types are inferred from them.
 *
 * Build-time and Node only: browser code imports these types with `import type`, never the
 * schemas (zod would weigh more than every self-check script together).
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from './core/ids';

/** A self-check id: lowercase letters and digits in groups joined by single hyphens. */
const Id = z.string().regex(ID_PATTERN);

/** Where a self-check comes from and how it is found. */
const Placement = {
  /** The id: authored, or derived from the lesson and the text. @example "replace-not-patch" */
  id: Id,
  /** The route slug of its lesson. @example "foundations/immutable-infrastructure" */
  lesson: z.string(),
  /** The lesson's file, relative to the guide's content folder. @example "foundations/immutable-infrastructure.mdx" */
  file: z.string(),
  /** 1-based line of the `<Question>` or `<Flashcard>` tag in that file. */
  line: z.number().int().nonnegative(),
};

/** What every question has besides its answer part. */
const QuestionBase = {
  ...Placement,
  /** Plain text of the stem (markup removed, each `<Blank>` written `_____`), at most 200 characters. */
  stem: z.string(),
  /** Plain text of each hint, in the order they are revealed. */
  hints: z.array(z.string()),
  /** Plain text of the explanation; absent when the question has none. */
  explanation: z.string().optional(),
};

/** One choice of a choice question. */
export const ChoiceSchema = z.object({
  /** Plain text of the option. */
  text: z.string(),
  correct: z.boolean(),
  /** Feedback shown when the choice is marked, as written in `feedback`. */
  feedback: z.string().optional(),
});

const ChoiceFields = {
  ...QuestionBase,
  /** At least two, at least one correct. */
  choices: z.array(ChoiceSchema).min(2),
  /** `shuffle` as the author wrote it; absent means the guide's `shuffle` setting. */
  shuffle: z.boolean().optional(),
};

/** A choice question with one correct choice: radio buttons. */
export const SingleSpec = z.object({ kind: z.literal('single'), ...ChoiceFields });
/** "Select all that apply": several correct choices, or `multiple`. Checkboxes. */
export const MultipleSpec = z.object({ kind: z.literal('multiple'), ...ChoiceFields });
/** A typed text answer, compared after normalising (see `core/normalise.ts`). */
export const TextSpec = z.object({
  kind: z.literal('text'),
  ...QuestionBase,
  /** Every accepted answer, as written (at least one). */
  accept: z.array(z.string().min(1)).min(1),
  caseSensitive: z.boolean(),
});
/** A typed number, right within `tolerance` (absolute, in the answer's own unit). */
export const NumberSpec = z.object({
  kind: z.literal('number'),
  ...QuestionBase,
  number: z.number(),
  tolerance: z.number().nonnegative(),
});
/** The steps of an ordering question (`<Step>`s), as written: in the right order. */
export const OrderSpec = z.object({
  kind: z.literal('order'),
  ...QuestionBase,
  /** Plain text of each step, in the right order (at least two, no two alike). */
  steps: z.array(z.string()).min(2),
});
/** One pair of a matching question (`<Pair prompt="...">answer</Pair>`). */
export const PairSchema = z.object({
  /** What the learner matches, as written in `prompt`; unique within the question. */
  prompt: z.string().min(1),
  /** Plain text of the answer that goes with it (several prompts may share one answer). */
  answer: z.string(),
});
/** A matching question: each prompt is matched to one of all the pairs' answers. */
export const MatchSpec = z.object({
  kind: z.literal('match'),
  ...QuestionBase,
  /** At least two, prompts unique, in the order written. */
  pairs: z.array(PairSchema).min(2),
});
/** One gap of a fill-in-the-blank question: compared exactly like a typed answer. */
export const BlankSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), accept: z.array(z.string().min(1)).min(1), caseSensitive: z.boolean() }),
  /** `tolerance` is absolute, in the answer's own unit. */
  z.object({ kind: z.literal('number'), number: z.number(), tolerance: z.number().nonnegative() }),
]);
/** A fill-in-the-blank question: `<Blank>`s inside the stem, in reading order. */
export const BlanksSpec = z.object({
  kind: z.literal('blanks'),
  ...QuestionBase,
  /** Each blank's expected answer, in the order the blanks come in the stem (at least one). */
  blanks: z.array(BlankSchema).min(1),
});
/** A flashcard; `stem` is its front. */
export const FlashcardSpec = z.object({
  kind: z.literal('flashcard'),
  ...Placement,
  /** The front (the prompt), whitespace collapsed. */
  stem: z.string(),
  /** Plain text of the back. */
  back: z.string(),
  /** The id of the `<Deck>` holding the card, if any. */
  deck: z.string().optional(),
  /** The deck's `shuffle` as authored. */
  shuffle: z.boolean().optional(),
});

/** Every self-check of a guide, discriminated by `kind`. */
export const CheckSpecSchema = z.discriminatedUnion('kind', [
  SingleSpec,
  MultipleSpec,
  TextSpec,
  NumberSpec,
  OrderSpec,
  MatchSpec,
  BlanksSpec,
  FlashcardSpec,
]);

/** One self-check. */
export type CheckSpec = z.infer<typeof CheckSpecSchema>;
/** The kinds of self-check. */
export type CheckKind = CheckSpec['kind'];
/** The spec of one kind, e.g. `SpecOf<'text'>`. */
export type SpecOf<K extends CheckKind> = Extract<CheckSpec, { kind: K }>;
/** A question (every kind but flashcards). */
export type QuestionSpec = Exclude<CheckSpec, { kind: 'flashcard' }>;
/** The kinds of question. */
export type QuestionKind = QuestionSpec['kind'];
/** One choice, as in a choice question's spec. */
export type Choice = z.infer<typeof ChoiceSchema>;
/** One pair, as in a matching question's spec. */
export type Pair = z.infer<typeof PairSchema>;
/** One blank's expected answer, as in a fill-in-the-blank question's spec. */
export type Blank = z.infer<typeof BlankSchema>;

/** A deck of flashcards, as rendered (`<Deck>`); not a self-check itself. */
export const DeckSpecSchema = z.object({
  id: Id,
  title: z.string().optional(),
  /** How many cards it holds. */
  count: z.number().int().positive(),
  shuffle: z.boolean().optional(),
});
/** A deck, as the `<Deck>` component gets it. */
export type DeckSpec = z.infer<typeof DeckSpecSchema>;

export { unknownKind } from './core/never';
