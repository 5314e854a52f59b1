import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('manifest rows', () => {
  it('describes each kind of self-check', () => {
    const { checks } = analyze(`<Question id="single" shuffle={false}>
Pick *one* \`thing\`.

<Choice feedback="No.">A</Choice>
<Choice correct>B</Choice>

<Hint>h</Hint>
</Question>

<Question id="several">
Pick two.

<Choice correct>A</Choice>
<Choice correct>B</Choice>
<Choice>C</Choice>
</Question>

<Question id="forced-multiple" multiple>
Pick all.

<Choice correct>A</Choice>
<Choice>B</Choice>
</Question>

<Question id="text">
Name it.

<Answer accept={["Blue-Green"]} caseSensitive />
<Explanation>e</Explanation>
</Question>

<Question id="num">
Count.

<Answer number={2} />
</Question>

<Deck title="D" shuffle>
<Flashcard id="card" front="Front?">Back.</Flashcard>
</Deck>
`);
    expect(checks).toMatchInlineSnapshot(`
      [
        {
          "choices": [
            {
              "correct": false,
              "feedback": "No.",
              "text": "A",
            },
            {
              "correct": true,
              "text": "B",
            },
          ],
          "file": "basics/intro.mdx",
          "hints": [
            "h",
          ],
          "id": "single",
          "kind": "single",
          "lesson": "basics/intro",
          "line": 1,
          "shuffle": false,
          "stem": "Pick one thing.",
        },
        {
          "choices": [
            {
              "correct": true,
              "text": "A",
            },
            {
              "correct": true,
              "text": "B",
            },
            {
              "correct": false,
              "text": "C",
            },
          ],
          "file": "basics/intro.mdx",
          "hints": [],
          "id": "several",
          "kind": "multiple",
          "lesson": "basics/intro",
          "line": 10,
          "stem": "Pick two.",
        },
        {
          "choices": [
            {
              "correct": true,
              "text": "A",
            },
            {
              "correct": false,
              "text": "B",
            },
          ],
          "file": "basics/intro.mdx",
          "hints": [],
          "id": "forced-multiple",
          "kind": "multiple",
          "lesson": "basics/intro",
          "line": 18,
          "stem": "Pick all.",
        },
        {
          "accept": [
            "Blue-Green",
          ],
          "caseSensitive": true,
          "explanation": "e",
          "file": "basics/intro.mdx",
          "hints": [],
          "id": "text",
          "kind": "text",
          "lesson": "basics/intro",
          "line": 25,
          "stem": "Name it.",
        },
        {
          "file": "basics/intro.mdx",
          "hints": [],
          "id": "num",
          "kind": "number",
          "lesson": "basics/intro",
          "line": 32,
          "number": 2,
          "stem": "Count.",
          "tolerance": 0,
        },
        {
          "back": "Back.",
          "deck": "deck-d-4287a6",
          "file": "basics/intro.mdx",
          "id": "card",
          "kind": "flashcard",
          "lesson": "basics/intro",
          "line": 39,
          "shuffle": true,
          "stem": "Front?",
        },
      ]
    `);
  });

  it('clips the stem to 200 characters', () => {
    const long = 'word '.repeat(100);
    const { checks } = analyze(`<Question id="long">\n${long}\n\n<Answer number={1} />\n</Question>\n`);
    expect(checks[0]!.stem).toHaveLength(200);
    expect(checks[0]!.stem).toBe(long.trim().slice(0, 200));
  });
});
