import { describe, expect, it } from 'vitest';
import { analyze, outline } from './helpers';

describe('render contract (tree rewrite)', () => {
  it('rewrites a choice question with hints and an explanation', () => {
    const { tree, problems } = analyze(`<Question id="replace-not-patch" multiple shuffle>
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
        <Question id="replace-not-patch" kind="multiple" lesson="basics/intro" multiple shuffle="true">
          <QuestionStem>
            paragraph
              text "What is "
              emphasis
                text "immutable"
              text " infrastructure?"
          <QuestionChoices count="3">
            <Choice index="0" correct="false">
              text "Never changes."
            <Choice index="1" correct="true" feedback="Right.">
              text "Replaced, "
              strong
                text "not"
              text " patched."
            <Choice index="2" correct="true" feedback="Also right.">
              text "Rebuilt from an image."
          <QuestionHints count="2">
            <Hint index="0" total="2">
              text "Old servers?"
            <Hint index="1" total="2">
              text "New versions?"
          <Explanation>
            paragraph
              text "Because "
              strong
                text "replacement"
              text ".""
    `);
  });

  it('rewrites a typed text question and a numeric question', () => {
    const { tree, problems } = analyze(`<Question id="colour" shuffle={false}>
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
        <Question id="colour" kind="text" lesson="basics/intro" shuffle="false">
          <QuestionStem>
            paragraph
              text "Which deployment uses two colours?"
          <Answer accept={["blue-green", "blue green"]} caseSensitive={false} kind="text" key="blue-green">
        <Question id="capacity" kind="number" lesson="basics/intro">
          <QuestionStem>
            paragraph
              text "How many?"
          <Answer number={13} tolerance={0.5} kind="number" key="13 ± 0.5">
          <Explanation>
            text "Because."
        <Question id="exact" kind="number" lesson="basics/intro">
          <QuestionStem>
            paragraph
              text "Exactly?"
          <Answer number={-2} kind="number" key="-2">"
    `);
  });

  it('rewrites a deck and a lone flashcard', () => {
    const { tree, problems } = analyze(`<Deck title="Infra" shuffle>
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
        <Deck count="2" id="deck-infra-d72fa7" title="Infra" shuffle="true">
          <Flashcard id="card-a" lesson="basics/intro" front="A?" deck="deck-infra-d72fa7" position="1">
            text "Back "
            emphasis
              text "a"
            text "."
          <Flashcard id="b-a57cb7" lesson="basics/intro" front="B?" deck="deck-infra-d72fa7" position="2">
            paragraph
              text "Back b."
        <Flashcard id="alone-ab1487" lesson="basics/intro" front="Alone?">
          text "Yes.""
    `);
  });

  it('gives two decks with the same title different ids', () => {
    const { tree } = analyze('<Deck title="Same">\n<Flashcard front="A">a</Flashcard>\n</Deck>\n\n<Deck title="Same">\n<Flashcard front="B">b</Flashcard>\n</Deck>\n');
    const ids = tree.children.map((deck) => (deck as unknown as { attributes: { name: string; value: string }[] }).attributes[1]!.value);
    expect(ids[0]).toMatch(/^deck-same-[0-9a-f]{6}$/);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });

  it('keeps stem text written on the line before the first choice', () => {
    const { tree, problems } = analyze('<Question id="tight">\nWhat is X?\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n');
    expect(problems).toEqual([]);
    expect(outline(tree)).toContain('<QuestionStem>\n      paragraph\n        text "What is X?"');
  });

  it('holds each choice once: the answer key is rendered from the choices themselves', () => {
    const { tree } = analyze('<Question id="k">\nQ?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n');
    const names = (tree.children[0] as unknown as { children: { name: string }[] }).children.map((c) => c.name);
    expect(names).toEqual(['QuestionStem', 'QuestionChoices']);
  });
});

describe('components written on one line', () => {
  it('turns a one-line question into blocks, keeping its text as the stem', () => {
    const { tree, problems } = analyze('Intro.\n\n<Question id="one-line">What is 2 + 2? <Answer number={4} /></Question>\n');
    expect(problems).toEqual([]);
    expect(outline(tree)).toMatchInlineSnapshot(`
      "root
        paragraph
          text "Intro."
        <Question id="one-line" kind="number" lesson="basics/intro">
          <QuestionStem>
            text "What is 2 + 2? "
          <Answer number={4} kind="number" key="4">"
    `);
  });
});
