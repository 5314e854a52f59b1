import { en } from '../../../src/i18n/en';
import type { RenderContext } from '../../../src/checks/render/types';
import type { SpecOf } from '../../../src/checks/schema';
import type { SheetCard } from '../../../src/print/card-sheet';
import type { KeyItem } from '../../../src/print/key';
import type { PrintContext } from '../../../src/print/lesson';

/** The English strings, as a guide's pages get them. */
export const render: RenderContext = { store: 'mnemo:test', shuffle: false, lang: 'en', ui: en };
export const print: PrintContext = { render, ui: en.print };

const placement = { lesson: 'basics/intro', file: 'basics/intro.mdx', line: 1 };

/** A single-answer question with two hints and an explanation. */
export function choiceItem(id: string): KeyItem {
  return {
    spec: {
      kind: 'single',
      id,
      ...placement,
      stem: 'Which one?',
      hints: ['First hint', 'Second hint'],
      explanation: 'Because.',
      choices: [
        { text: 'Wrong one', correct: false, feedback: 'Not this.' },
        { text: 'Right one', correct: true },
      ],
    },
    parts: {
      stem: '<p>Which one?</p>',
      choices: ['Wrong one', 'Right <em>one</em>'],
      hints: ['<p>First hint</p>', '<p>Second hint</p>'],
      explanation: '<h3 id="why">Why</h3><p>Because.</p>',
    },
  };
}

/** A typed number question without hints or explanation. */
export function numberItem(id: string): KeyItem {
  return {
    spec: { kind: 'number', id, ...placement, stem: 'How many?', hints: [], number: 13, tolerance: 0.5 },
    parts: { stem: '<p>How many?</p>', hints: [] },
  };
}

/** A flashcard, in `deck` when given. */
export function card(id: string, front: string, back: string, deck?: string): SheetCard {
  const spec: SpecOf<'flashcard'> = { kind: 'flashcard', id, ...placement, stem: front, back, ...(deck ? { deck } : {}) };
  return { spec, parts: { front, back: `<p>${back}</p>` } };
}
