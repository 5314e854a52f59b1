import { describe, expect, it } from 'vitest';
import { problemsOf } from './helpers';

const valid = `# Lesson

<Question id="ok">
What is X?

<Choice correct>A</Choice>
<Choice>B</Choice>
</Question>
`;

describe('question rules', () => {
  it('accepts a valid choice question and a valid typed question', () => {
    expect(problemsOf(valid)).toEqual([]);
    expect(problemsOf('<Question>\nHow many?\n\n<Answer number={2} />\n</Question>\n')).toEqual([]);
  });

  it('reports a question with a single choice', () => {
    expect(problemsOf('<Question>\nWhat?\n\n<Choice correct>A</Choice>\n</Question>\n')).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has only one \`<Choice>\`; a choice question needs at least two. -> Add another \`<Choice>\`, or replace the choice with an \`<Answer>\` for a typed answer.",
      ]
    `);
  });

  it('reports a question with no correct choice', () => {
    expect(problemsOf('<Question>\nWhat?\n\n<Choice>A</Choice>\n<Choice>B</Choice>\n</Question>\n')).toMatchInlineSnapshot(`
      [
        "1:1 None of this \`<Question>\`'s choices is marked \`correct\`. -> Add \`correct\` to each right choice: \`<Choice correct>...</Choice>\`.",
      ]
    `);
  });

  it('reports a question with both choices and an answer', () => {
    expect(
      problemsOf('<Question>\nWhat?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n\n<Answer accept={["a"]} />\n</Question>\n'),
    ).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has both \`<Choice>\`s and an \`<Answer>\`; it needs one or the other. -> Keep the \`<Choice>\`s for a choice question, or the \`<Answer>\` for a typed one.",
      ]
    `);
  });

  it('reports a question with neither choices nor an answer', () => {
    expect(problemsOf('<Question>\nWhat?\n</Question>\n')).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has no \`<Choice>\`s and no \`<Answer>\`. -> Add at least two \`<Choice>\`s (one marked \`correct\`), or one \`<Answer accept={["..."]} />\`; or write \`<Step>\`s, \`<Pair>\`s or \`<Blank>\`s for an ordering, matching or fill-in-the-blank question.",
      ]
    `);
  });

  it('reports two answers at the second one', () => {
    expect(
      problemsOf('<Question>\nWhat?\n\n<Answer accept={["a"]} />\n<Answer accept={["b"]} />\n</Question>\n'),
    ).toMatchInlineSnapshot(`
      [
        "5:1 This \`<Question>\` has 2 \`<Answer>\`s; it needs exactly one. -> Put every accepted answer in one list: \`<Answer accept={["first", "second"]} />\`.",
      ]
    `);
  });

  it('reports an empty stem', () => {
    expect(problemsOf('<Question>\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n')).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has no question text. -> Write the question right after \`<Question>\`, before the first \`<Choice>\` or \`<Answer>\`.",
      ]
    `);
  });

  it('reports question text after the first choice', () => {
    expect(
      problemsOf('<Question>\nWhat?\n\n<Choice correct>A</Choice>\n\nMore text.\n\n<Choice>B</Choice>\n</Question>\n'),
    ).toMatchInlineSnapshot(`
      [
        "6:1 This comes after the first \`<Choice>\` of its \`<Question>\`, but the question text must come first. -> Move it above the first \`<Choice>\`, or into a \`<Hint>\` or \`<Explanation>\`.",
      ]
    `);
  });

  it('lets hints and the explanation come in any order after the stem', () => {
    const source = '<Question>\nWhat?\n\n<Hint>h1</Hint>\n<Explanation>e</Explanation>\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n<Hint>h2</Hint>\n</Question>\n';
    expect(problemsOf(source)).toEqual([]);
  });

  it('ignores comments and blank lines between parts', () => {
    const source = '<Question>\nWhat?\n\n<Choice correct>A</Choice>\n\n{/* the wrong one */}\n\n<Choice>B</Choice>\n</Question>\n';
    expect(problemsOf(source)).toEqual([]);
  });

  it('reports an empty choice, hint and explanation', () => {
    expect(
      problemsOf('<Question>\nWhat?\n\n<Choice correct>A</Choice>\n<Choice>  </Choice>\n<Hint></Hint>\n<Explanation>\n</Explanation>\n</Question>\n'),
    ).toMatchInlineSnapshot(`
      [
        "5:1 This \`<Choice>\` is empty. -> Write the option's text between \`<Choice>\` and \`</Choice>\`.",
        "6:1 This \`<Hint>\` is empty. -> Write the hint between \`<Hint>\` and \`</Hint>\`, or remove it.",
        "7:1 This \`<Explanation>\` is empty. -> Write the explanation between \`<Explanation>\` and \`</Explanation>\`, or remove it.",
      ]
    `);
  });

  it('reports a second explanation', () => {
    expect(
      problemsOf('<Question>\nWhat?\n\n<Answer accept={["a"]} />\n<Explanation>one</Explanation>\n<Explanation>two</Explanation>\n</Question>\n'),
    ).toMatchInlineSnapshot(`
      [
        "6:1 This \`<Question>\` has more than one \`<Explanation>\`. -> Merge them into one \`<Explanation>\`.",
      ]
    `);
  });

  it('counts an image or code block as question text', () => {
    expect(problemsOf('<Question>\n![a diagram](d.png)\n\n<Answer accept={["a"]} />\n</Question>\n')).toEqual([]);
    expect(problemsOf('<Question>\n```js\nlet x = 1\n```\n\n<Answer number={1} />\n</Question>\n')).toEqual([]);
  });
});

describe('placement rules', () => {
  it('reports question parts at lesson level', () => {
    expect(problemsOf('<Choice correct>A</Choice>\n\n<Hint>h</Hint>\n\n<Answer accept={["a"]} />\n\n<Explanation>e</Explanation>\n')).toMatchInlineSnapshot(`
      [
        "1:1 \`<Choice>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
        "3:1 \`<Hint>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
        "5:1 \`<Answer>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
        "7:1 \`<Explanation>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
      ]
    `);
  });

  it('reports a question part inside another component or Markdown', () => {
    expect(
      problemsOf('<Deck>\n<Flashcard front="f">b</Flashcard>\n<Hint>h</Hint>\n</Deck>\n\n- <Choice>x</Choice>\n'),
    ).toMatchInlineSnapshot(`
      [
        "3:1 \`<Hint>\` must be directly inside a \`<Question>\`, but it is inside \`<Deck>\`. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
        "6:3 \`<Choice>\` must be directly inside a \`<Question>\`, but it is inside a list item. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
      ]
    `);
  });

  it('reports a choice nested in a choice rather than directly in the question', () => {
    expect(
      problemsOf('<Question>\nWhat?\n\n<Choice correct>A <Choice>B</Choice></Choice>\n<Choice>C</Choice>\n</Question>\n'),
    ).toMatchInlineSnapshot(`
      [
        "4:19 \`<Choice>\` must be directly inside a \`<Question>\`, but it is inside \`<Choice>\`. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
      ]
    `);
  });

  it('reports a flashcard inside a question or a block quote', () => {
    expect(
      problemsOf('<Question>\nWhat?\n\n<Flashcard front="f">b</Flashcard>\n\n<Answer accept={["a"]} />\n</Question>\n\n> <Flashcard front="g">c</Flashcard>\n'),
    ).toMatchInlineSnapshot(`
      [
        "4:1 \`<Flashcard>\` must be at lesson level or directly inside a \`<Deck>\`, but it is inside \`<Question>\`. -> Move it out to lesson level, or directly between \`<Deck>\` and \`</Deck>\`.",
        "9:3 \`<Flashcard>\` must be at lesson level or directly inside a \`<Deck>\`, but it is inside a block quote. -> Move it out to lesson level, or directly between \`<Deck>\` and \`</Deck>\`.",
      ]
    `);
  });

  it('reports a question nested in a question or a deck', () => {
    expect(
      problemsOf('<Question>\nOuter?\n\n<Question>\nInner?\n\n<Answer accept={["a"]} />\n</Question>\n\n<Answer accept={["b"]} />\n</Question>\n\n<Deck>\n<Flashcard front="f">b</Flashcard>\n\n<Question>\nIn deck?\n\n<Answer accept={["c"]} />\n</Question>\n</Deck>\n'),
    ).toMatchInlineSnapshot(`
      [
        "4:1 \`<Question>\` cannot be inside \`<Question>\`; self-checks do not nest. -> Close the \`<Question>\` with \`</Question>\` before this \`<Question>\` starts.",
        "16:1 \`<Question>\` cannot be inside \`<Deck>\`; self-checks do not nest. -> Close the \`<Deck>\` with \`</Deck>\` before this \`<Question>\` starts.",
      ]
    `);
  });

  it('allows a question inside Markdown containers such as a list item', () => {
    expect(problemsOf('- Item\n\n  <Question>\n  What?\n\n  <Answer accept={["a"]} />\n  </Question>\n')).toEqual([]);
  });
});

describe('several problems in one lesson', () => {
  it('reports every problem, sorted by position, not just the first', () => {
    const source = `<Question id="Bad Id">
What?

<Choice corect>A</Choice>
<Choice>B</Choice>
</Question>

<Question>
<Answer accept={[]} tolerance={1} />
</Question>

<Flashcard>back</Flashcard>

<Hint>stray</Hint>
`;
    expect(problemsOf(source)).toMatchInlineSnapshot(`
      [
        "1:11 Id \`Bad Id\` may only use lowercase letters, digits and single hyphens. -> Write \`id="bad-id"\`.",
        "4:9 \`<Choice>\` has no attribute \`corect\`. -> Did you mean \`correct\`?",
        "1:1 None of this \`<Question>\`'s choices is marked \`correct\`: \`corect\` is not \`correct\`. -> Fix the attribute named just above: write \`correct\`.",
        "8:1 This \`<Question>\` has no question text. -> Write the question right after \`<Question>\`, before the first \`<Choice>\` or \`<Answer>\`.",
        "9:9 \`accept\` on \`<Answer>\` is an empty list. -> List at least one accepted answer, e.g. \`accept={["blue-green"]}\`.",
        "9:21 \`tolerance\` only applies to a numeric answer, but this \`<Answer>\` has no \`number\`. -> Remove \`tolerance\`, or give the answer as \`number={...}\`.",
        "12:1 This \`<Flashcard>\` has no \`front\`. -> Write the prompt in \`front\`, e.g. \`<Flashcard front="What is configuration drift?">\`.",
        "14:1 \`<Hint>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
      ]
    `);
  });
});

describe('the authoring contract example', () => {
  it('is valid as written in authoring.md', () => {
    const source = `<Question id="replace-not-patch">
What is the difference between immutable and mutable infrastructure?

<Choice>Immutable infrastructure never changes once deployed.</Choice>
<Choice correct>Changes are made by replacing components, not by patching them in place.</Choice>
<Choice feedback="That describes mutable infrastructure.">Running servers are patched in place.</Choice>

<Hint>What happens to the old server when a new version ships?</Hint>
<Explanation>
Any markdown, code blocks included.
</Explanation>
</Question>
`;
    expect(problemsOf(source)).toEqual([]);
  });
});
