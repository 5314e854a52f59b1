import { mdxToJs } from 'satteri';
import { beforeEach, describe, expect, it } from 'vitest';
import { collected, resetCollected } from '../../../src/checks/catalogue/collect';
import { compiledProps } from '../../../src/checks/build/compiled';
import { prerenderPlugin } from '../../../src/checks/build/prerender';
import { proseHtml } from '../../../src/checks/build/prose-html';
import { lessonPlugin, type CompiledLesson } from '../../../src/lib/survey/plugins';

const lesson: CompiledLesson = { file: 'content/basics/intro.mdx', guideFile: 'basics/intro.mdx', slug: 'basics/intro', format: 'mdx' };
const path = '/site/content/basics/intro.mdx';

/** What a compile gave: its module, and what it read of each self-check (by key, and for the catalogue by id). */
interface Compiled {
  code: string;
  kept: Map<string, unknown>;
  catalogue: Map<string, unknown>;
}

/**
 * Compiles a lesson as the build does. `allInHtml`: every self-check read in the HTML pass.
 * `html: false`: no HTML pass at all, so only what the lesson plugin read from Markdown is read.
 */
async function compile(value: string, { allInHtml = false, html = true } = {}): Promise<Compiled> {
  resetCollected();
  const survey = { lessonAt: (p: string) => (p === path ? lesson : undefined), onSurvey: () => {}, onAnchors: () => {}, expressions: true, allInHtml };
  const { code } = await mdxToJs(value, {
    mdastPlugins: [lessonPlugin(survey)],
    hastPlugins: html ? [prerenderPlugin()] : [],
    features: { gfm: true, smartPunctuation: { dashes: false } },
    fileURL: new URL(`file://${path}`),
    jsxImportSource: 'astro',
  });
  const keys = [...code.matchAll(/compiled: "([^"]+)"/g)].map((m) => m[1]!);
  return { code, kept: new Map(keys.map((key) => [key, compiledProps(key)])), catalogue: new Map(collected()) };
}

/** The module with the keys' numbers taken out: the two passes number the self-checks in a different order. */
const unnumbered = (code: string) => code.replace(/(compiled: "[^"#]+)#\d+"/g, '$1#"');

/** Lessons that hold every kind of self-check and every kind of prose, and parts that are not prose. */
const LESSONS = {
  'single choice, prose of every kind': [
    '<Question id="q1">',
    'Line one\nline two  \nafter a hard break\\',
    'and a backslash one. It\'s "quoted" -- dashed... &amp; 1 &lt; 2 > 0 ~~gone~~ ***both*** _em_ __strong__ `a\ncode` ',
    '',
    'A second paragraph, with trailing tabs\t\t',
    '   and leading spaces \t',
    '\tand a leading tab.',
    '',
    '<Choice correct feedback="Yes: `x` is *right*.">One `x`</Choice>',
    '<Choice feedback="No -- it\'s not.">',
    'Two **y**',
    '</Choice>',
    '<Hint>Think of `ls`.</Hint>',
    '<Hint>',
    'First.',
    '',
    'Second.',
    '</Hint>',
    '<Explanation>',
    'Because *x*.',
    '</Explanation>',
    '</Question>',
  ],
  'multiple choice, typed, ordering and matching': [
    '<Question id="m" multiple>\nWhich?\n\n<Choice correct>A</Choice>\n<Choice correct>B & C</Choice>\n<Choice>D</Choice>\n</Question>',
    '<Question id="t">\nType **it**.\n\n<Answer accept={["it"]} />\n<Explanation>\nIt is.\n</Explanation>\n</Question>',
    '<Question id="o">\nOrder them.\n\n<Step>First `a`</Step>\n<Step>Second</Step>\n<Step>Third</Step>\n</Question>',
    '<Question id="p">\nMatch them.\n\n<Pair prompt="A" answer="1" />\n<Pair prompt="B" answer="2" />\n</Question>',
  ],
  'decks and cards': [
    '<Deck title="Basics *one*">\n<Flashcard id="c1" front="Front `1`">\nBack **1**.\n\nMore.\n</Flashcard>\n<Flashcard id="c2" front="Front 2">Back 2.</Flashcard>\n</Deck>',
    '<Flashcard id="c3" front="Alone">Back 3.</Flashcard>',
    '<Deck>\n<Flashcard id="c4" front="Four">\n- a list\n- is not prose\n</Flashcard>\n<Flashcard id="c5" front="Five">Five.</Flashcard>\n</Deck>',
  ],
  'parts that are not prose, beside parts that are': [
    '<Question id="l">\nSee [the docs](/docs/).\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>',
    '<Question id="c">\nWhich?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n<Explanation>\n```sh\nls -l\n```\n</Explanation>\n</Question>',
    '<Question id="k">\nPress <kbd>Ctrl</kbd>.\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>',
    '<Question id="b">\nA <Blank accept={["cat"]} /> sat.\n</Question>',
    '<Question id="e">\nWhat is {1 + 1}?\n\n<Choice correct>2</Choice>\n<Choice>3</Choice>\n</Question>',
    '<Question id="s">\nPlain.\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>',
  ],
};

beforeEach(() => resetCollected());

describe('self-checks read from their Markdown when all their parts are prose', () => {
  for (const [name, lines] of Object.entries(LESSONS)) {
    it(`reads what the HTML pass reads, and compiles the same module: ${name}`, async () => {
      const source = `Some prose.\n\n${lines.join('\n\n')}\n`;
      const fromMarkdown = await compile(source);
      const inHtml = await compile(source, { allInHtml: true });
      expect(fromMarkdown.catalogue).toEqual(inHtml.catalogue);
      expect([...fromMarkdown.kept.values()].map((props) => JSON.stringify(props)).sort()).toEqual([...inHtml.kept.values()].map((props) => JSON.stringify(props)).sort());
      expect(unnumbered(fromMarkdown.code)).toBe(unnumbered(inHtml.code));
      expect(fromMarkdown.kept.size).toBe(inHtml.kept.size);
    });
  }

  it('reads in the lesson plugin exactly the self-checks whose parts are all prose, each under its own key', async () => {
    const source = `${[...LESSONS['parts that are not prose, beside parts that are'], ...LESSONS['decks and cards']].join('\n\n')}\n`;
    const markdownOnly = await compile(source, { html: false });
    expect([...markdownOnly.catalogue.keys()].sort()).toEqual(['c1', 'c2', 'c3', 's']);
    const both = await compile(source);
    expect(new Set(both.kept.keys()).size).toBe(both.kept.size);
    // The HTML pass reads the rest, but for the expression, which only the page can render.
    expect([...both.catalogue.keys()].sort()).toEqual(['b', 'c', 'c1', 'c2', 'c3', 'c4', 'c5', 'k', 'l', 's']);
  });
});

describe('proseHtml', () => {
  const text = (value: string) => ({ type: 'text' as const, value });
  it('writes prose as Sätteri does: line endings kept without the spaces around them, code on one line, breaks as <br>', () => {
    expect(proseHtml([{ type: 'paragraph', children: [text('a  \t\n  b '), { type: 'break' }, text('c & <d>')] }])).toBe('<p>a\nb <br>\nc &amp; &lt;d></p>');
    expect(proseHtml([{ type: 'emphasis', children: [{ type: 'inlineCode', value: 'x\ny' }] }, { type: 'delete', children: [text('z')] }])).toBe('<em><code>x y</code></em><del>z</del>');
    expect(proseHtml([])).toBe('');
  });

  it('finds no prose in links, images, code blocks, lists, HTML, components or expressions', () => {
    expect(proseHtml([{ type: 'paragraph', children: [{ type: 'link', url: '/a/', children: [text('a')] }] }])).toBeUndefined();
    expect(proseHtml([{ type: 'image', url: 'a.png', alt: 'a' }])).toBeUndefined();
    expect(proseHtml([{ type: 'code', value: 'ls' }])).toBeUndefined();
    expect(proseHtml([{ type: 'list', children: [] }])).toBeUndefined();
    expect(proseHtml([{ type: 'html', value: '<b>' }])).toBeUndefined();
    expect(proseHtml([{ type: 'mdxJsxTextElement', name: 'kbd', attributes: [], children: [] }])).toBeUndefined();
    expect(proseHtml([{ type: 'mdxTextExpression', value: 'x' }])).toBeUndefined();
  });
});
