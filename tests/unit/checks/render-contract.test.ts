import { describe, expect, it } from 'vitest';
import { outline, rewritten } from './helpers';

describe('render contract (tree rewrite)', () => {
  it('rewrites a choice question with hints and an explanation', () => {
    const { tree, problems } = rewritten(`<Question id="replace-not-patch" multiple shuffle>
What is *immutable* infrastructure?

<Choice>Never changes.</Choice>
<Choice correct feedback="Right.">Replaced, **not** patched.</Choice>
<Choice correct={true} feedback="Also right.">Rebuilt from an image.</Choice>

<Hint>Old servers?</Hint>
<Hint>New versions?</Hint>
<Explanation>
Because **replacement**.
</Explanation>
</Question>
`);
    expect(problems).toEqual([]);
    expect(outline(tree)).toMatchInlineSnapshot(`
      "root
        <Question spec={{"kind":"multiple","choices":[{"text":"Never changes.","correct":false},{"text":"Replaced, not patched.","correct":true,"feedback":"Right."},{"text":"Rebuilt from an image.","correct":true,"feedback":"Also right."}],"shuffle":true,"id":"replace-not-patch","lesson":"basics/intro","file":"basics/intro.mdx","line":1,"stem":"What is immutable infrastructure?","hints":["Old servers?","New versions?"],"explanation":"Because replacement."}}>
          <MnemoPart slot="stem">
            paragraph
              text "What is "
              emphasis
                text "immutable"
              text " infrastructure?"
          <MnemoPart slot="choice-0">
            text "Never changes."
          <MnemoPart slot="choice-1">
            text "Replaced, "
            strong
              text "not"
            text " patched."
          <MnemoPart slot="choice-2">
            text "Rebuilt from an image."
          <MnemoPart slot="feedback-1">
            text "Right."
          <MnemoPart slot="feedback-2">
            text "Also right."
          <MnemoPart slot="hint-0">
            text "Old servers?"
          <MnemoPart slot="hint-1">
            text "New versions?"
          <MnemoPart slot="explanation">
            paragraph
              text "Because "
              strong
                text "replacement"
              text ".""
    `);
  });

  it('rewrites a typed text question and a numeric question', () => {
    const { tree, problems } = rewritten(`<Question id="colour" shuffle={false}>
Which deployment uses two colours?

<Answer accept={["blue-green", "blue green"]} caseSensitive={false} />
</Question>

<Question id="capacity">
How many?

<Answer number={13} tolerance={0.5} />
<Explanation>Because.</Explanation>
</Question>

<Question id="exact">
Exactly?

<Answer number={-2} />
</Question>
`);
    expect(problems).toEqual([]);
    expect(outline(tree)).toMatchInlineSnapshot(`
      "root
        <Question spec={{"kind":"text","accept":["blue-green","blue green"],"caseSensitive":false,"id":"colour","lesson":"basics/intro","file":"basics/intro.mdx","line":1,"stem":"Which deployment uses two colours?","hints":[]}}>
          <MnemoPart slot="stem">
            paragraph
              text "Which deployment uses two colours?"
        <Question spec={{"kind":"number","number":13,"tolerance":0.5,"id":"capacity","lesson":"basics/intro","file":"basics/intro.mdx","line":7,"stem":"How many?","hints":[],"explanation":"Because."}}>
          <MnemoPart slot="stem">
            paragraph
              text "How many?"
          <MnemoPart slot="explanation">
            text "Because."
        <Question spec={{"kind":"number","number":-2,"tolerance":0,"id":"exact","lesson":"basics/intro","file":"basics/intro.mdx","line":14,"stem":"Exactly?","hints":[]}}>
          <MnemoPart slot="stem">
            paragraph
              text "Exactly?""
    `);
  });

  it('rewrites a deck and a lone flashcard', () => {
    const { tree, problems } = rewritten(`<Deck title="Infra" shuffle>
<Flashcard id="card-a" front="A?">Back *a*.</Flashcard>
<Flashcard front="B?">
Back b.
</Flashcard>
</Deck>

<Flashcard front="Alone?">Yes.</Flashcard>
`);
    expect(problems).toEqual([]);
    expect(outline(tree)).toMatchInlineSnapshot(`
      "root
        <Deck deck={{"id":"deck-infra-d72fa7","count":2,"title":"Infra","shuffle":true}}>
          <MnemoPart slot="title">
            text "Infra"
          <Flashcard spec={{"kind":"flashcard","id":"card-a","lesson":"basics/intro","file":"basics/intro.mdx","line":2,"stem":"A?","back":"Back a.","deck":"deck-infra-d72fa7","shuffle":true}} position="1">
            <MnemoPart slot="front">
              text "A?"
            text "Back "
            emphasis
              text "a"
            text "."
          <Flashcard spec={{"kind":"flashcard","id":"b-a57cb7","lesson":"basics/intro","file":"basics/intro.mdx","line":3,"stem":"B?","back":"Back b.","deck":"deck-infra-d72fa7","shuffle":true}} position="2">
            <MnemoPart slot="front">
              text "B?"
            paragraph
              text "Back b."
        <Flashcard spec={{"kind":"flashcard","id":"alone-ab1487","lesson":"basics/intro","file":"basics/intro.mdx","line":8,"stem":"Alone?","back":"Yes."}}>
          <MnemoPart slot="front">
            text "Alone?"
          text "Yes.""
    `);
  });

  it('gives two decks with the same title different ids', () => {
    const { decks } = rewritten('<Deck title="Same">\n<Flashcard front="A">a</Flashcard>\n</Deck>\n\n<Deck title="Same">\n<Flashcard front="B">b</Flashcard>\n</Deck>\n');
    const ids = decks.map((deck) => deck.spec.id);
    expect(ids[0]).toMatch(/^deck-same-[0-9a-f]{6}$/);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });

  it('keeps stem text written on the line before the first choice', () => {
    const { tree, problems } = rewritten('<Question id="tight">\nWhat is X?\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n');
    expect(problems).toEqual([]);
    expect(outline(tree)).toContain('<MnemoPart slot="stem">\n      paragraph\n        text "What is X?"');
  });

  it('holds each choice once, as its own slot: the answer key is rendered from the same HTML', () => {
    const { tree } = rewritten('<Question id="k">\nQ?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n');
    const slots = (tree.children[0] as unknown as { children: { attributes: { value: string }[] }[] }).children.map((c) => c.attributes[0]!.value);
    expect(slots).toEqual(['stem', 'choice-0', 'choice-1']);
  });
});

describe('components written on one line', () => {
  it('turns a one-line question into blocks, keeping its text as the stem', () => {
    const { tree, problems } = rewritten('Intro.\n\n<Question id="one-line">What is 2 + 2? <Answer number={4} /></Question>\n');
    expect(problems).toEqual([]);
    expect(outline(tree)).toMatchInlineSnapshot(`
      "root
        paragraph
          text "Intro."
        <Question spec={{"kind":"number","number":4,"tolerance":0,"id":"one-line","lesson":"basics/intro","file":"basics/intro.mdx","line":3,"stem":"What is 2 + 2?","hints":[]}}>
          <MnemoPart slot="stem">
            text "What is 2 + 2? ""
    `);
  });
});
