/**
 * The self-checks of generated lessons, as data: single and multiple choice with per-choice
 * feedback, typed text and numeric answers, each with hints and an explanation, and a deck of
 * flashcards. The same data is written in Mnemo's syntax (mnemo-syntax.ts) and as plain HTML for
 * the floor (plain-html.ts), so both sites carry the same words.
 */
import { paragraph, sentence } from './prose.ts';
import type { Random } from './random.ts';
import { QUALITIES, SITUATIONS, type CodeSample, type Topic } from './topics.ts';

/** The question kinds a benchmark lesson mixes. */
export type BenchQuestionKind = 'single' | 'multiple' | 'text' | 'number';

/** One option of a choice question. Texts are inline Markdown. */
export interface ChoiceSpec {
  text: string;
  correct: boolean;
  feedback: string;
}

/** What every question has, whatever its kind. */
interface QuestionBase {
  /** Unique across the guide, e.g. `b0042-q3`. */
  id: string;
  /** One paragraph of inline Markdown. */
  stem: string;
  hints: string[];
  /** A paragraph, and sometimes a code sample under it. */
  explanation: { text: string; code?: CodeSample };
}

/** One generated question; `kind` says which answer part it has. */
export type QuestionSpec =
  | (QuestionBase & { kind: 'single' | 'multiple'; choices: ChoiceSpec[] })
  | (QuestionBase & { kind: 'text'; accept: string[] })
  | (QuestionBase & { kind: 'number'; number: number; tolerance: number });

/** A deck of flashcards; fronts are plain text (they go in an attribute), backs inline Markdown. */
export interface DeckSpec {
  title: string;
  cards: { id: string; front: string; back: string }[];
}

function hints(r: Random, topic: Topic, term: string): string[] {
  const all = [
    `Think about what happens to the ${term} ${r.pick(SITUATIONS)}.`,
    `Reread the section on ${topic.name}; the answer is in its second paragraph.`,
    `Which option would ${r.pick(QUALITIES)} suffer from most?`,
  ];
  return r.sample(all, r.int(1, 2));
}

function explanation(r: Random, topic: Topic, withCode: boolean): QuestionBase['explanation'] {
  const text = paragraph(r, topic, 2, 3);
  if (!withCode) return { text };
  const sample = r.pick(topic.samples);
  // Four lines are enough for a code block in an explanation to cost what one costs.
  return { text, code: { lang: sample.lang, code: sample.code.split('\n').slice(0, 4).join('\n') } };
}

function choices(r: Random, topic: Topic, key: string, correctCount: number, total: number): ChoiceSpec[] {
  const others = topic.terms.filter((t) => t !== key);
  const right = [
    `Keep the **${key}** explicit and reviewed with every change`,
    `Measure the ${key} in production before tuning it`,
    `Alert on the ${key} before users notice a problem`,
    `Write down who owns the ${key} and why it has its value`,
  ];
  const wrong = others.map((other) => `Copy the \`${other.replace(/\s+/g, '_')}\` from another service unchanged`);
  wrong.push(`Ignore the ${key} until an incident forces a decision`, `Set the ${key} as high as the platform allows`);
  const picked: ChoiceSpec[] = [
    ...r.sample(right, correctCount).map((text) => ({ text, correct: true, feedback: `Right: this keeps ${topic.name} predictable.` })),
    ...r.sample(wrong, total - correctCount).map((text) => ({ text, correct: false, feedback: `Not quite: this ${r.pick(['hides', 'postpones', 'multiplies'])} the risk instead of managing it.` })),
  ];
  return r.sample(picked, picked.length);
}

/**
 * One question of the given kind about `topic`, with the guide-unique `id`; with
 * `codeInExplanation`, its explanation holds a code sample.
 * @example questionSpec(random, topic, 'b0042-q3', 'text', false)
 */
export function questionSpec(r: Random, topic: Topic, id: string, kind: BenchQuestionKind, codeInExplanation: boolean): QuestionSpec {
  const key = r.pick(topic.terms);
  // Each branch draws in a fixed order (stem, answer, hints, explanation): same seed, same question.
  if (kind === 'single' || kind === 'multiple') {
    const multiple = kind === 'multiple';
    const stem = multiple
      ? `Which habits make the ${key} safer to operate? Select all that apply.`
      : `Which practice best protects the ${key} ${r.pick(SITUATIONS)}?`;
    const list = choices(r, topic, key, multiple ? r.int(2, 3) : 1, multiple ? 5 : 4);
    return { kind, id, stem, choices: list, hints: hints(r, topic, key), explanation: explanation(r, topic, codeInExplanation) };
  }
  if (kind === 'text') {
    const stem = `Typed answer: ${sentence(r, topic)} What is the term for the setting described here as the ${key}?`;
    const accept = [...new Set([key, `the ${key}`, key.replace(/[\s-]+/g, ''), key.toUpperCase()])];
    return { kind, id, stem, accept, hints: hints(r, topic, key), explanation: explanation(r, topic, codeInExplanation) };
  }
  const per = r.int(20, 80);
  const count = r.int(3, 12);
  const stem = `Each of the ${count} nodes of a service reports ${per} ${topic.unit}. How many ${topic.unit} is that for the whole service?`;
  const tolerance = Math.max(1, Math.round(per * count * 0.02));
  return { kind, id, stem, number: per * count, tolerance, hints: hints(r, topic, key), explanation: explanation(r, topic, codeInExplanation) };
}

/**
 * A deck of 2-3 flashcards on `topic`'s terms; card ids are `<prefix>-c1`, `<prefix>-c2`, ...
 * @example deckSpec(random, topic, 'b0042')
 */
export function deckSpec(r: Random, topic: Topic, prefix: string): DeckSpec {
  const terms = r.sample(topic.terms, r.int(2, 3));
  return {
    title: `Key terms: ${topic.name}`,
    cards: terms.map((term, i) => ({ id: `${prefix}-c${i + 1}`, front: `What is the ${term}, and who should watch it?`, back: sentence(r, topic) })),
  };
}
