import { mdxToJs, type HastPluginDefinition } from 'satteri';
import { beforeEach, describe, expect, it } from 'vitest';
import { collected, resetCollected } from '../../../src/checks/catalogue/collect';
import { compiledProps } from '../../../src/checks/build/compiled';
import { prerenderPlugin } from '../../../src/checks/build/prerender';
import { staticHtml } from '../../../src/checks/build/static-html';
import { renderContextOf } from '../../../src/checks/render/context';
import { renderQuestion } from '../../../src/checks/render/question';
import type { QuestionParts } from '../../../src/checks/render/types';
import type { QuestionSpec } from '../../../src/checks/schema';
import { resolveStrings } from '../../../src/i18n';
import { lessonPlugin, type CompiledLesson } from '../../../src/lib/survey/plugins';
import { elements, type Seen } from '../survey/helpers';

const render = renderContextOf({ base: '/', shuffle: false, lang: 'en' }, resolveStrings('en'));
const lesson: CompiledLesson = { file: 'content/basics/intro.mdx', guideFile: 'basics/intro.mdx', slug: 'basics/intro', format: 'mdx' };
const path = '/site/content/basics/intro.mdx';

/** Compiles a lesson as the build does (the lesson plugin, then prerendering) and returns the tree after it. */
async function compile(value: string, expressions = false): Promise<Seen> {
  let seen: Seen | undefined;
  const capture: HastPluginDefinition = { name: 'capture', before: (root) => void (seen = JSON.parse(JSON.stringify(root, (key, v) => (key.startsWith('_') ? undefined : v)))) };
  const survey = { lessonAt: (p: string) => (p === path ? lesson : undefined), onSurvey: () => {}, onAnchors: () => {}, expressions };
  await mdxToJs(value, {
    mdastPlugins: [lessonPlugin(survey)],
    hastPlugins: [prerenderPlugin(), capture],
    features: { gfm: true, smartPunctuation: { dashes: false } },
    fileURL: new URL(`file://${path}`),
    jsxImportSource: 'astro',
  });
  return seen!;
}

/** A prop's value: the JSON the compile parses. */
const inline = (node: Seen, name: string): unknown => JSON.parse((node.attributes?.find((a) => a.name === name)?.value as { value: string }).value);

/** What the compile read of a self-check, kept under the key the compiled lesson carries. */
const read = (node: Seen): Record<string, unknown> => compiledProps(inline(node, 'compiled') as string);

/** One prop of what the compile read of a self-check. */
const prop = (node: Seen, name: string): unknown => read(node)[name];

beforeEach(() => resetCollected());

describe('prerendering self-checks in the compile', () => {
  it("reads a question's spec and its parts' HTML, kept under the key the compiled lesson carries, and recorded for the catalogue", async () => {
    const tree = await compile('<Question id="q1">\nWhich is **right**?\n\n<Choice correct feedback="Yes, *this*.">A `x`</Choice>\n<Choice>B & C</Choice>\n<Hint>Think of `ls`.</Hint>\n</Question>\n');
    const [question] = elements(tree, 'Question');
    expect(question!.attributes!.map((a) => a.name)).toEqual(['compiled']);
    expect(inline(question!, 'compiled')).toBe(`${path}#0`);
    expect(Object.keys(read(question!))).toEqual(['spec', 'parts']);
    expect(question!.children).toEqual([]);
    const parts: QuestionParts = {
      stem: '<p>Which is <strong>right</strong>?</p>',
      hints: ['Think of <code>ls</code>.'],
      choices: ['A <code>x</code>', 'B &amp; C'],
      feedback: ['Yes, <em>this</em>.', ''],
    };
    expect(prop(question!, 'parts')).toEqual(parts);
    expect(prop(question!, 'spec')).toMatchObject({ id: 'q1', kind: 'single' });
    expect(collected().get('q1')!.parts).toEqual(parts);
  });

  it('gives a deck its title and its cards as props, and a card outside any deck its parts and no position', async () => {
    const tree = await compile('<Deck title="Basics *one*">\n<Flashcard id="c1" front="Front `1`">\nBack **1**.\n</Flashcard>\n<Flashcard id="c2" front="Front 2">Back 2.</Flashcard>\n</Deck>\n\n<Flashcard id="c3" front="Alone">Back 3.</Flashcard>\n');
    const [deck] = elements(tree, 'Deck');
    expect(Object.keys(read(deck!))).toEqual(['deck', 'cards', 'title']);
    expect(prop(deck!, 'title')).toBe('Basics <em>one</em>');
    const cards = prop(deck!, 'cards') as { spec: { id: string }; parts: unknown; position: number }[];
    expect(cards.map((card) => [card.spec.id, card.position])).toEqual([['c1', 1], ['c2', 2]]);
    expect(cards[0]!.parts).toEqual({ front: 'Front <code>1</code>', back: '<p>Back <strong>1</strong>.</p>' });
    const [alone] = elements(tree, 'Flashcard');
    expect(Object.keys(read(alone!))).toEqual(['spec', 'parts']);
    expect([deck, alone].map((node) => inline(node!, 'compiled'))).toEqual([`${path}#0`, `${path}#1`]);
    expect(collected().get('c3')!.parts).toEqual({ front: 'Alone', back: 'Back 3.' });
  });

  it("keeps each blank's placeholder in the stem, where the renderer puts its input", async () => {
    const tree = await compile('<Question id="b">\nA <Blank accept={["cat"]} /> sat.\n</Question>\n');
    const question = elements(tree, 'Question')[0]!;
    const parts = prop(question, 'parts') as QuestionParts;
    expect(parts.stem).toBe('<p>A <span data-mn-blank="0"></span> sat.</p>');
    const html = renderQuestion(prop(question, 'spec') as QuestionSpec, parts, render);
    expect(html).toContain('<input');
    expect(html).not.toContain('data-mn-blank');
  });

  it('leaves a self-check whose parts hold what only the page can render (a component, an expression, a heading) to its component', async () => {
    const kept = async (value: string, expressions = false) => {
      const [question] = elements(await compile(value, expressions), 'Question');
      return question!.attributes!.map((a) => a.name);
    };
    expect(await kept('<Question id="e">\nWhat is {1 + 1}?\n\n<Choice correct>2</Choice>\n<Choice>3</Choice>\n</Question>\n', true)).toEqual(['spec']);
    expect(await kept('<Question id="h">\nWhat?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n<Explanation>\n### Why\n\nBecause.\n</Explanation>\n</Question>\n')).toEqual(['spec']);
    expect(collected().has('e')).toBe(false);
  });

  it('keeps what a lesson compiled again reads in place of what it read before (the dev server)', async () => {
    await compile('<Question id="q1">\nFirst?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n');
    const [question] = elements(await compile('<Question id="q1">\nSecond?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n'), 'Question');
    expect((prop(question!, 'parts') as QuestionParts).stem).toBe('<p>Second?</p>');
  });

  it('leaves elements without a spec alone (a lesson with problems is not rewritten)', async () => {
    const tree = await compile('<Question>\nNo choices.\n</Question>\n');
    expect(elements(tree, 'Question')[0]!.attributes).toEqual([]);
    expect(collected().size).toBe(0);
  });
});

describe('staticHtml', () => {
  const text = (value: string) => ({ type: 'text', value });
  it('writes elements, text and HTML written as JSX, escaping as the page does', () => {
    expect(
      staticHtml([
        { type: 'element', tagName: 'p', properties: { className: ['a', 'b'] }, children: [text('1 < 2 & "q"')] },
        { type: 'mdxJsxTextElement', name: 'kbd', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: 'Ctrl' }, { type: 'mdxJsxAttribute', name: 'hidden', value: null }], children: [text('C')] },
      ]),
    ).toBe('<p class="a b">1 &lt; 2 &amp; "q"</p><kbd title="Ctrl" hidden>C</kbd>');
  });

  it('finds nothing static in components, expressions, computed attributes, headings or images', () => {
    expect(staticHtml([{ type: 'mdxJsxTextElement', name: 'Kbd', attributes: [], children: [] }])).toBeUndefined();
    expect(staticHtml([{ type: 'mdxTextExpression', value: 'x' }])).toBeUndefined();
    expect(staticHtml([{ type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } }], children: [] }])).toBeUndefined();
    expect(staticHtml([{ type: 'element', tagName: 'div', properties: {}, children: [{ type: 'element', tagName: 'h3', properties: {}, children: [] }] }])).toBeUndefined();
    expect(staticHtml([{ type: 'element', tagName: 'img', properties: { src: 'a.png' }, children: [] }])).toBeUndefined();
  });
});
