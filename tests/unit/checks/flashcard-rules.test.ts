import { describe, expect, it } from 'vitest';
import { problemsOf } from './helpers';

describe('flashcard rules', () => {
  it('accepts one-line and multi-line cards, at lesson level and in a deck', () => {
    expect(problemsOf('<Flashcard front="A?">Back *a*.</Flashcard>\n\n<Deck>\n<Flashcard front="B?">\nBack b.\n</Flashcard>\n</Deck>\n')).toEqual([]);
  });

  it('requires a front', () => {
    expect(problemsOf('<Flashcard>Back.</Flashcard>\n')).toEqual([
      '1:1 This `<Flashcard>` has no `front`. -> Write the prompt in `front`, e.g. `<Flashcard front="What is configuration drift?">`.',
    ]);
  });

  it('reports a blank front', () => {
    expect(problemsOf('<Flashcard front="  ">Back.</Flashcard>\n')).toMatchInlineSnapshot(`
      [
        "1:12 The \`front\` of this \`<Flashcard>\` is empty. -> Write the prompt in \`front\`, e.g. \`<Flashcard front="What is configuration drift?">\`.",
      ]
    `);
  });

  it('reports an empty back', () => {
    expect(problemsOf('<Flashcard front="A?" />\n\n<Flashcard front="B?">\n</Flashcard>\n')).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Flashcard>\` has no back. -> Write the answer between \`<Flashcard front="...">\` and \`</Flashcard>\`.",
        "3:1 This \`<Flashcard>\` has no back. -> Write the answer between \`<Flashcard front="...">\` and \`</Flashcard>\`.",
      ]
    `);
  });

  it('reports a deck without flashcards', () => {
    expect(problemsOf('<Deck title="Empty">\nJust text.\n</Deck>\n')).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Deck>\` has no \`<Flashcard>\`s. -> Put one or more \`<Flashcard front="...">...</Flashcard>\` between \`<Deck>\` and \`</Deck>\`, or remove the deck.",
      ]
    `);
  });
});
