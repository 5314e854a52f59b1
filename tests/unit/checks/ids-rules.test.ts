import { describe, expect, it } from 'vitest';
import { deriveId } from '../../../src/checks/core/ids';
import { analyzeLesson } from '../../../src/checks/build/analyze';
import { parseLesson } from '../../../src/checks/build/parse-lesson';
import { analyze, FILE, LESSON, problemsOf } from './helpers';

describe('ids in a lesson', () => {
  it('reports an invalid id with a corrected suggestion', () => {
    expect(problemsOf('<Question id="Replace_Not Patch">\nWhat?\n\n<Answer number={1} />\n</Question>\n')).toEqual([
      '1:11 Id `Replace_Not Patch` may only use lowercase letters, digits and single hyphens. -> Write `id="replace-not-patch"`.',
    ]);
    expect(problemsOf('<Flashcard id="" front="f">b</Flashcard>\n')).toMatchInlineSnapshot(`
      [
        "1:12 \`id\` on \`<Flashcard>\` is empty. -> Write an id, or remove \`id\` to have one derived from the text.",
      ]
    `);
    expect(problemsOf('<Flashcard id="!!" front="f">b</Flashcard>\n')).toMatchInlineSnapshot(`
      [
        "1:12 Id \`!!\` may only use lowercase letters, digits and single hyphens. -> Use lowercase letters, digits and hyphens, e.g. \`id="what-is-drift"\`.",
      ]
    `);
  });

  it('reports an id used twice, naming both lines, across questions and flashcards', () => {
    const source = '<Question id="drift">\nWhat?\n\n<Answer number={1} />\n</Question>\n\n<Flashcard id="drift" front="f">b</Flashcard>\n';
    expect(problemsOf(source)).toEqual([
      '7:12 Duplicate id `drift`: also used at basics/intro.mdx:1. -> Rename one of them, e.g. `id="drift-2"`; ids must be unique across the whole guide.',
    ]);
  });

  it('reports two questions with the same text and no id (same derived id)', () => {
    const question = '<Question>\nWhat?\n\n<Answer number={1} />\n</Question>\n';
    const [problem] = problemsOf(`${question}\n${question}`);
    expect(problem).toMatch(/^7:1 Duplicate id `what-[0-9a-f]{6}`: also used at basics\/intro.mdx:1\./);
  });

  it('derives missing ids from the lesson and the plain text of the stem or front', () => {
    const { checks } = analyze('<Question>\nWhat is *configuration drift*?\n\n<Answer number={1} />\n</Question>\n\n<Flashcard front="  Golden   image? ">b</Flashcard>\n');
    expect(checks.map((c) => c.id)).toEqual([
      deriveId('basics/intro', 'What is configuration drift?', 'q'),
      deriveId('basics/intro', 'Golden image?', 'card'),
    ]);
  });

  it('derives different ids for the same text in another lesson', () => {
    const source = '<Question>\nWhat?\n\n<Answer number={1} />\n</Question>\n';
    expect(analyze(source, 'a').checks[0]!.id).not.toBe(analyze(source, 'b').checks[0]!.id);
    expect(analyze(source, 'a').checks[0]!.id).toBe(analyze(source, 'a').checks[0]!.id);
  });
});

describe('positions', () => {
  it("falls back to the element's position when an attribute has none", () => {
    const { problems } = analyzeWithout('<Question>\nWhat?\n\n<Answer number={1} />\n<Choice corect>A</Choice>\n</Question>\n');
    expect(problems.find((p) => p.message.includes('corect'))).toMatchObject({ line: 5, column: 1 });
  });
});

/** Analyses a lesson whose attribute positions were stripped, as some remark pipelines do. */
function analyzeWithout(source: string) {
  const parsed = parseLesson(FILE, source);
  if ('problem' in parsed) throw new Error(parsed.problem.message);
  const strip = (node: { attributes?: { position?: unknown }[]; children?: unknown[] }): void => {
    for (const attribute of node.attributes ?? []) delete attribute.position;
    for (const child of node.children ?? []) strip(child as typeof node);
  };
  strip(parsed.tree as unknown as Parameters<typeof strip>[0]);
  return analyzeLesson(parsed.tree, { file: FILE, lesson: LESSON });
}
