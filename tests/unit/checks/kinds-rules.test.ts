import { describe, expect, it } from 'vitest';
import { analyze, problemsOf } from './helpers';

const q = (body: string) => `<Question id="q">\n${body}\n</Question>\n`;

describe('the authoring contract examples of the new kinds', () => {
  it('are valid as written in authoring.md, and read into specs', () => {
    const source = `<Question id="blue-green-steps">
Put the steps of a blue-green release in order.

<Step>Deploy the new version to the idle environment.</Step>
<Step>Run smoke tests against the idle environment.</Step>
<Step>Switch the router to the idle environment.</Step>
<Step>Keep the old environment until the release is trusted.</Step>
</Question>

<Question id="probe-kinds">
Match each probe to what it tells the orchestrator.

<Pair prompt="Liveness">Restart the container when it fails.</Pair>
<Pair prompt="Readiness">Stop sending traffic while it fails.</Pair>
<Pair prompt="Startup">Hold the other probes until it first succeeds.</Pair>
</Question>

<Question id="digest-blank">
An image reference pinned by <Blank accept={["digest", "content digest"]} /> cannot change, while one
pinned by a <Blank accept={["tag"]} /> can be moved to another image.
</Question>
`;
    const { checks, problems } = analyze(source);
    expect(problems).toEqual([]);
    expect(checks.map((check) => check.kind)).toEqual(['order', 'match', 'blanks']);
    expect(checks[0]).toMatchObject({ steps: ['Deploy the new version to the idle environment.', 'Run smoke tests against the idle environment.', 'Switch the router to the idle environment.', 'Keep the old environment until the release is trusted.'] });
    expect(checks[1]).toMatchObject({ pairs: [{ prompt: 'Liveness', answer: 'Restart the container when it fails.' }, { prompt: 'Readiness', answer: 'Stop sending traffic while it fails.' }, { prompt: 'Startup', answer: 'Hold the other probes until it first succeeds.' }] });
    expect(checks[2]).toMatchObject({
      stem: 'An image reference pinned by _____ cannot change, while one pinned by a _____ can be moved to another image.',
      blanks: [
        { kind: 'text', accept: ['digest', 'content digest'], caseSensitive: false },
        { kind: 'text', accept: ['tag'], caseSensitive: false },
      ],
    });
  });

  it('finds blanks anywhere in the question text: a one-line question, a list, emphasis', () => {
    const { checks, problems } = analyze(`<Question id="one">Pinned by its <Blank accept={["digest"]} />.</Question>

<Question id="list">
Fill in the steps:

- First *<Blank accept={["build"]} />* the image.
- Then <Blank number={2} tolerance={0.5} /> replicas.
</Question>
`);
    expect(problems).toEqual([]);
    expect(checks.map((check) => check.kind === 'blanks' && check.blanks.length)).toEqual([1, 2]);
    expect(checks[1]).toMatchObject({ blanks: [{ kind: 'text', accept: ['build'] }, { kind: 'number', number: 2, tolerance: 0.5 }] });
  });
});

describe('ordering rules', () => {
  it('reports fewer than two steps, an empty step and two steps alike', () => {
    expect(problemsOf(q('Order them.\n\n<Step>Only one.</Step>'))).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has only one \`<Step>\`; an ordering question needs at least two. -> Add the other steps, each in its own \`<Step>\`, in the right order.",
      ]
    `);
    expect(problemsOf(q('Order them.\n\n<Step>Build.</Step>\n<Step>  </Step>\n<Step>Ship.</Step>\n<Step>build.</Step>'))).toMatchInlineSnapshot(`
      [
        "5:1 This \`<Step>\` is empty. -> Write the step between \`<Step>\` and \`</Step>\`, or remove it.",
        "7:1 This \`<Step>\` reads the same as step 1 (line 4); the learner could not tell their places apart. -> Make each step say something different, e.g. what sets this one apart from the other.",
      ]
    `);
  });

  it('reports an attribute on a step', () => {
    expect(problemsOf(q('Order them.\n\n<Step correct>A.</Step>\n<Step>B.</Step>'))).toMatchInlineSnapshot(`
      [
        "4:7 \`<Step>\` has no attribute \`correct\`. -> Remove it; \`<Step>\` takes no attributes.",
      ]
    `);
  });
});

describe('matching rules', () => {
  it('reports fewer than two pairs, and a prompt used twice where it is used again', () => {
    expect(problemsOf(q('Match.\n\n<Pair prompt="A">x</Pair>'))).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has only one \`<Pair>\`; a matching question needs at least two. -> Add another \`<Pair prompt="...">...</Pair>\`.",
      ]
    `);
    expect(problemsOf(q('Match.\n\n<Pair prompt="Liveness">x</Pair>\n<Pair prompt="Readiness">y</Pair>\n<Pair prompt=" liveness ">z</Pair>'))).toMatchInlineSnapshot(`
      [
        "6:7 The prompt “liveness” is also the prompt of the \`<Pair>\` at line 4; prompts must be unique. -> Give each \`<Pair>\` its own \`prompt\`, or merge the two pairs into one.",
      ]
    `);
  });

  it('reports a missing or empty prompt, an empty answer, and pairs that all have one answer', () => {
    expect(problemsOf(q('Match.\n\n<Pair>x</Pair>\n<Pair prompt="">y</Pair>\n<Pair prompt="C"></Pair>'))).toMatchInlineSnapshot(`
      [
        "4:1 This \`<Pair>\` has no \`prompt\`. -> Write what the learner matches in \`prompt\`, e.g. \`<Pair prompt="Liveness">Restart the container when it fails.</Pair>\`.",
        "5:7 The \`prompt\` of this \`<Pair>\` is empty. -> Write what the learner matches in \`prompt\`, e.g. \`<Pair prompt="Liveness">Restart the container when it fails.</Pair>\`.",
        "6:1 This \`<Pair>\` has no answer. -> Write the answer that goes with \`prompt\` between \`<Pair prompt="...">\` and \`</Pair>\`.",
      ]
    `);
    expect(problemsOf(q('Match.\n\n<Pair prompt="A">Same.</Pair>\n<Pair prompt="B">Same.</Pair>'))).toMatchInlineSnapshot(`
      [
        "1:1 Every \`<Pair>\` of this \`<Question>\` has the same answer, so there is nothing to match. -> Give the pairs different answers; prompts may share an answer, but not all of them.",
      ]
    `);
    // Some prompts may share an answer.
    expect(problemsOf(q('Match.\n\n<Pair prompt="404">Client error.</Pair>\n<Pair prompt="400">Client error.</Pair>\n<Pair prompt="503">Server error.</Pair>'))).toEqual([]);
  });
});

describe('fill-in-the-blank rules', () => {
  it('reports an empty accept list, a negative tolerance and the other typed-answer mistakes on `<Blank>`', () => {
    expect(problemsOf(q('Pinned by <Blank accept={[]} />, <Blank number={3} tolerance={-1} /> and <Blank number={1} accept={["one"]} />.'))).toMatchInlineSnapshot(`
      [
        "2:18 \`accept\` on \`<Blank>\` is an empty list. -> List at least one accepted answer, e.g. \`accept={["blue-green"]}\`.",
        "2:52 \`tolerance\` on \`<Blank>\` must be 0 or more, but it is -1. -> Write how far from \`number\` an answer may be, e.g. \`tolerance={1}\`.",
        "2:74 This \`<Blank>\` has both \`accept\` and \`number\`; it needs exactly one. -> Keep \`accept={[...]}\` for a text answer, or \`number={...}\` for a numeric one.",
      ]
    `);
    expect(problemsOf(q('Pinned by <Blank />.'))).toMatchInlineSnapshot(`
      [
        "2:11 This \`<Blank>\` has neither \`accept\` nor \`number\`. -> Write \`accept={["..."]}\` for a text answer, or \`number={42}\` for a numeric one.",
      ]
    `);
  });

  it('reports blanks with no text around them', () => {
    expect(problemsOf(q('<Blank accept={["a"]} /> <Blank accept={["b"]} />'))).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has \`<Blank>\`s but no text around them. -> Write the sentence the blanks belong in, e.g. \`An image pinned by its <Blank accept={["digest"]} /> cannot change.\`",
      ]
    `);
  });
});

describe('a mix of kinds in one question', () => {
  it('keeps the wording authors know for choices and an answer', () => {
    expect(problemsOf(q('What?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n\n<Answer accept={["a"]} />'))).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has both \`<Choice>\`s and an \`<Answer>\`; it needs one or the other. -> Keep the \`<Choice>\`s for a choice question, or the \`<Answer>\` for a typed one.",
      ]
    `);
  });

  it('names any two kinds, or more, the same way', () => {
    expect(problemsOf(q('Order or match?\n\n<Step>A.</Step>\n<Step>B.</Step>\n<Pair prompt="x">y</Pair>'))).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has both \`<Step>\`s and a \`<Pair>\`; it needs one or the other. -> Keep the \`<Step>\`s for an ordering question, or the \`<Pair>\`s for a matching one.",
      ]
    `);
    expect(problemsOf(q('Pinned by <Blank accept={["digest"]} />?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n<Step>C.</Step>\n<Step>D.</Step>'))).toMatchInlineSnapshot(`
      [
        "1:1 This \`<Question>\` has \`<Choice>\`s, \`<Step>\`s and a \`<Blank>\`; it needs only one of these kinds of answer. -> Keep the \`<Choice>\`s for a choice question, the \`<Step>\`s for an ordering one, or the \`<Blank>\`s for a fill-in-the-blank one.",
      ]
    `);
  });
});

describe('where the new components may go', () => {
  it('reports steps and pairs outside a question, and blanks outside a question text', () => {
    const source = `<Step>Alone.</Step>

<Pair prompt="x">y</Pair>

Some text with a <Blank accept={["gap"]} /> in it.

<Question id="h">
What is pinned by <Blank accept={["digest"]} />?

<Hint>Not a <Blank accept={["tag"]} />.</Hint>
</Question>

- <Step>In a list.</Step>
`;
    expect(problemsOf(source)).toMatchInlineSnapshot(`
      [
        "1:1 \`<Step>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
        "3:1 \`<Pair>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
        "5:18 \`<Blank>\` must be in the text of a \`<Question>\`, but it is outside any \`<Question>\`. -> Write it in the question text, where the learner fills it in: \`<Question>An image pinned by its <Blank accept={["digest"]} /> cannot change.</Question>\`.",
        "10:13 \`<Blank>\` must be in the text of a \`<Question>\`, but it is inside \`<Hint>\`. -> Write it in the question text, where the learner fills it in: \`<Question>An image pinned by its <Blank accept={["digest"]} /> cannot change.</Question>\`.",
        "13:3 \`<Step>\` must be directly inside a \`<Question>\`, but it is inside a list item. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
      ]
    `);
  });
});
