/**
 * Manifest rows for the built site: what each rendered self-check must show and accept.
 */
import type { DeckModel, FlashcardModel } from './flashcards';
import { positionOf } from './mdx';
import type { QuestionModel } from './question';
import type { CheckEntry } from './types';

/** At most 200 characters, never splitting a character outside the Basic Multilingual Plane. */
function clip(text: string): string {
  return Array.from(text).slice(0, 200).join('');
}

/** The manifest row of a question. */
export function questionEntry(question: QuestionModel, where: { file: string; lesson: string }): CheckEntry {
  const entry: CheckEntry = {
    lesson: where.lesson,
    file: where.file,
    line: positionOf(question.node).line,
    id: question.id,
    kind: question.kind,
    stem: clip(question.stemText),
    hints: question.hints.length,
    hasExplanation: question.explanation !== undefined,
  };
  const answer = question.answer;
  if (answer?.kind === 'text') {
    entry.accept = answer.accept ?? [];
    entry.caseSensitive = answer.caseSensitive ?? false;
  } else if (answer?.kind === 'number') {
    if (answer.number !== undefined) entry.number = answer.number;
    entry.tolerance = answer.tolerance ?? 0;
  } else {
    entry.choices = question.choices.map(({ text, correct, feedback }) =>
      feedback === undefined ? { text, correct } : { text, correct, feedback },
    );
  }
  if (question.shuffle !== undefined) entry.shuffle = question.shuffle;
  return entry;
}

/** The manifest row of a flashcard; `shuffle` is its deck's. */
export function flashcardEntry(
  card: FlashcardModel,
  where: { file: string; lesson: string },
  deck?: DeckModel,
): CheckEntry {
  const entry: CheckEntry = {
    lesson: where.lesson,
    file: where.file,
    line: positionOf(card.node).line,
    id: card.id,
    kind: 'flashcard',
    stem: clip(card.front),
    hints: 0,
    hasExplanation: false,
    front: card.front,
  };
  if (deck) entry.deck = deck.id;
  if (deck?.shuffle !== undefined) entry.shuffle = deck.shuffle;
  return entry;
}
