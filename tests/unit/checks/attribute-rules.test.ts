import { describe, expect, it } from 'vitest';
import { problemsOf } from './helpers';

/** A valid choice question whose first choice carries `attrs`. */
const choiceWith = (attrs: string) => `<Question>\nWhat?\n\n<Choice ${attrs}>A</Choice>\n<Choice correct>B</Choice>\n</Question>\n`;
/** A typed question whose answer has `attrs`. */
const answerWith = (attrs: string) => `<Question>\nWhat?\n\n<Answer ${attrs} />\n</Question>\n`;

describe('unknown attributes', () => {
  it('suggests `correct` for the typo `corect`', () => {
    expect(problemsOf(choiceWith('corect'))).toEqual([
      '4:9 `<Choice>` has no attribute `corect`. -> Did you mean `correct`?',
    ]);
  });

  it('suggests the right case for a case-only slip', () => {
    expect(problemsOf(answerWith('accept={["a"]} casesensitive'))).toEqual([
      '4:24 `<Answer>` has no attribute `casesensitive`. -> Did you mean `caseSensitive`?',
    ]);
  });

  it('lists the allowed attributes when nothing is close', () => {
    expect(problemsOf(choiceWith('points={3}'))).toMatchInlineSnapshot(`
      [
        "4:9 \`<Choice>\` has no attribute \`points\`. -> Remove it; \`<Choice>\` accepts \`correct\` and \`feedback\`.",
      ]
    `);
    expect(problemsOf('<Question>\nWhat?\n\n<Answer number={1} />\n<Hint level="1">h</Hint>\n</Question>\n')).toMatchInlineSnapshot(`
      [
        "5:7 \`<Hint>\` has no attribute \`level\`. -> Remove it; \`<Hint>\` takes no attributes.",
      ]
    `);
  });

  it('checks every component, Deck and Flashcard included', () => {
    expect(problemsOf('<Deck titel="x">\n<Flashcard front="f" back="b">c</Flashcard>\n</Deck>\n')).toMatchInlineSnapshot(`
      [
        "1:7 \`<Deck>\` has no attribute \`titel\`. -> Did you mean \`title\`?",
        "2:22 \`<Flashcard>\` has no attribute \`back\`. -> Remove it; \`<Flashcard>\` accepts \`id\` and \`front\`.",
      ]
    `);
  });

  it('reports spread and repeated attributes', () => {
    expect(problemsOf(choiceWith('{...props}'))).toMatchInlineSnapshot(`
      [
        "4:9 \`<Choice>\` does not take spread attributes like \`{...props}\`. -> Write each attribute out by name, with a literal value.",
      ]
    `);
    expect(problemsOf(choiceWith('feedback="a" feedback="b"'))).toMatchInlineSnapshot(`
      [
        "4:22 \`<Choice>\` has \`feedback\` twice. -> Keep one \`feedback\`.",
      ]
    `);
  });
});

describe('boolean attributes', () => {
  it('accepts bare, {true} and {false}', () => {
    expect(problemsOf(choiceWith('correct={false}'))).toEqual([]);
    expect(problemsOf('<Question multiple={true} shuffle>\nWhat?\n\n<Choice correct={true}>A</Choice>\n<Choice>B</Choice>\n</Question>\n')).toEqual([]);
  });

  it('reports a string or an expression', () => {
    expect(problemsOf(choiceWith('correct="true"'))).toMatchInlineSnapshot(`
      [
        "4:9 \`correct\` on \`<Choice>\` is a yes/no attribute, but its value is the string \`"true"\`. -> Write \`correct\` on its own for yes, or \`correct={false}\` for no.",
      ]
    `);
    expect(problemsOf('<Question shuffle={yes}>\nWhat?\n\n<Answer number={1} />\n</Question>\n')).toMatchInlineSnapshot(`
      [
        "1:11 \`shuffle\` on \`<Question>\` is a yes/no attribute, but its value is \`{yes}\`. -> Write \`shuffle\` on its own for yes, or \`shuffle={false}\` for no.",
      ]
    `);
  });
});

describe('string attributes', () => {
  it('accepts quotes and a literal string in braces', () => {
    expect(problemsOf(choiceWith('feedback={"No."}'))).toEqual([]);
  });

  it('reports a computed or missing value', () => {
    expect(problemsOf(choiceWith('feedback={text}'))).toMatchInlineSnapshot(`
      [
        "4:9 \`feedback\` on \`<Choice>\` must be plain text, but its value is \`{text}\`. -> Write the text in quotes: \`feedback="..."\`.",
      ]
    `);
    expect(problemsOf('<Flashcard front>back</Flashcard>\n')).toMatchInlineSnapshot(`
      [
        "1:12 \`front\` on \`<Flashcard>\` must be plain text, but it has no value. -> Write the text in quotes: \`front="..."\`.",
      ]
    `);
  });
});

describe('Answer attributes', () => {
  it('accepts a text answer and a numeric answer with tolerance', () => {
    expect(problemsOf(answerWith('accept={["blue-green", `blue green`]} caseSensitive'))).toEqual([]);
    expect(problemsOf(answerWith('number={-1.5} tolerance={0.5}'))).toEqual([]);
    expect(problemsOf(answerWith('number={1e3} tolerance={0}'))).toEqual([]);
  });

  it('reports accept written as a string, a variable, or with a non-string entry', () => {
    expect(problemsOf(answerWith('accept="blue"'))).toMatchInlineSnapshot(`
      [
        "4:9 \`accept\` on \`<Answer>\` must be a literal list of strings, but its value is the string \`"blue"\`. -> Write the list out, e.g. \`accept={["blue"]}\`.",
      ]
    `);
    expect(problemsOf(answerWith('accept={answers}'))).toMatchInlineSnapshot(`
      [
        "4:9 \`accept\` on \`<Answer>\` must be a literal list of strings, but its value is \`{answers}\`. -> Write the list out, e.g. \`accept={["first answer", "second answer"]}\`.",
      ]
    `);
    expect(problemsOf(answerWith('accept={["a", x]}'))).toEqual([
      '4:9 Entry 2 of `accept` on `<Answer>` is not a quoted string. -> Write every accepted answer in quotes, e.g. `"..."`.',
    ]);
    expect(problemsOf(answerWith('accept={["a", 42]}'))).toMatchInlineSnapshot(`
      [
        "4:9 Entry 2 of \`accept\` on \`<Answer>\` is not a quoted string. -> Write every accepted answer in quotes, e.g. \`"42"\`.",
      ]
    `);
  });

  it('reports an empty accept list and an empty entry', () => {
    expect(problemsOf(answerWith('accept={[]}'))).toMatchInlineSnapshot(`
      [
        "4:9 \`accept\` on \`<Answer>\` is an empty list. -> List at least one accepted answer, e.g. \`accept={["blue-green"]}\`.",
      ]
    `);
    expect(problemsOf(answerWith('accept={["a", " "]}'))).toMatchInlineSnapshot(`
      [
        "4:9 Entry 2 of \`accept\` on \`<Answer>\` is empty. -> Write the accepted answer between the quotes, or remove the entry.",
      ]
    `);
  });

  it('reports number written as a string or a non-literal', () => {
    expect(problemsOf(answerWith('number="42"'))).toMatchInlineSnapshot(`
      [
        "4:9 \`number\` on \`<Answer>\` must be a literal number, but its value is the string \`"42"\`. -> Write the number in braces, e.g. \`number={42}\`.",
      ]
    `);
    expect(problemsOf(answerWith('number={Infinity}'))).toMatchInlineSnapshot(`
      [
        "4:9 \`number\` on \`<Answer>\` must be a literal number, but its value is \`{Infinity}\`. -> Write the number in braces, e.g. \`number={42}\`.",
      ]
    `);
    expect(problemsOf(answerWith('number={1e999}'))).toMatchInlineSnapshot(`
      [
        "4:9 \`number\` on \`<Answer>\` must be a literal number, but its value is \`{1e999}\`. -> Write the number in braces, e.g. \`number={42}\`.",
      ]
    `);
  });

  it('reports a negative tolerance', () => {
    expect(problemsOf(answerWith('number={2} tolerance={-0.5}'))).toMatchInlineSnapshot(`
      [
        "4:20 \`tolerance\` on \`<Answer>\` must be 0 or more, but it is -0.5. -> Write how far from \`number\` an answer may be, e.g. \`tolerance={0.5}\`.",
      ]
    `);
  });

  it('requires exactly one of accept and number', () => {
    expect(problemsOf(answerWith('accept={["2"]} number={2}'))).toMatchInlineSnapshot(`
      [
        "4:1 This \`<Answer>\` has both \`accept\` and \`number\`; it needs exactly one. -> Keep \`accept={[...]}\` for a text answer, or \`number={...}\` for a numeric one.",
      ]
    `);
    expect(problemsOf(answerWith(''))).toMatchInlineSnapshot(`
      [
        "4:1 This \`<Answer>\` has neither \`accept\` nor \`number\`. -> Write \`accept={["..."]}\` for a text answer, or \`number={42}\` for a numeric one.",
      ]
    `);
  });

  it('allows tolerance only with number and caseSensitive only with accept', () => {
    expect(problemsOf(answerWith('accept={["a"]} tolerance={1}'))).toMatchInlineSnapshot(`
      [
        "4:24 \`tolerance\` only applies to a numeric answer, but this \`<Answer>\` has no \`number\`. -> Remove \`tolerance\`, or give the answer as \`number={...}\`.",
      ]
    `);
    expect(problemsOf(answerWith('number={1} caseSensitive'))).toMatchInlineSnapshot(`
      [
        "4:20 \`caseSensitive\` only applies to a text answer, but this \`<Answer>\` has no \`accept\`. -> Remove \`caseSensitive\`.",
      ]
    `);
  });
});
