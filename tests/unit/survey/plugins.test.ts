import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../../src/checks/build/validate-guide';
import { ContentError } from '../../../src/lib/problems';
import { anchorsPlugin, lessonPlugin, type CompiledLesson } from '../../../src/lib/survey/plugins';
import type { LessonSurvey, PageAnchor } from '../../../src/lib/survey/types';
import { elements, type Seen } from './helpers';

const valid = '<Question>\nWhat?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n';

/** The guide's lessons, by absolute path: what the integration hands the plugin. */
const lessons = new Map<string, CompiledLesson>([
  ['/site/content/basics/index.mdx', { file: 'content/basics/index.mdx', guideFile: 'basics/index.mdx', slug: 'basics/index', format: 'mdx' }],
  ['/site/content/basics/intro.mdx', { file: 'content/basics/intro.mdx', guideFile: 'basics/intro.mdx', slug: 'basics/intro', format: 'mdx', titleLine: 1 }],
  ['/site/content/basics/plain.md', { file: 'content/basics/plain.md', guideFile: 'basics/plain.md', slug: 'basics/plain', format: 'md', lineOffset: 4 }],
]);

interface Run {
  path: string;
  value: string;
  onSurvey?: (path: string, survey: LessonSurvey) => void;
  onAnchors?: (path: string, anchors: PageAnchor[]) => void;
  throwOnProblems?: boolean;
  /** Leave every self-check to the HTML pass, so that the tree shows the rewrite itself. */
  allInHtml?: boolean;
}

/**
 * Compiles as Astro does with Mnemo's plugins (`.md` as Markdown, `.mdx` as MDX; GFM and smart
 * punctuation), and returns the HTML tree the later plugins see, as plain data.
 */
async function run({ path, value, onSurvey = () => {}, onAnchors = () => {}, throwOnProblems = false, allInHtml = false }: Run): Promise<Seen> {
  let seen: Seen | undefined;
  const capture: HastPluginDefinition = { name: 'capture', before: (root) => void (seen = JSON.parse(JSON.stringify(root, (key, v) => (key.startsWith('_') ? undefined : v)))) };
  const options = { lessonAt: (p: string) => lessons.get(p), onSurvey, onAnchors, expressions: false, throwOnProblems, allInHtml };
  const compile = { mdastPlugins: [lessonPlugin(options)], hastPlugins: [anchorsPlugin(options), capture], features: { gfm: true, smartPunctuation: { dashes: false } }, fileURL: new URL(`file://${path}`) };
  if (path.endsWith('.md')) await markdownToHtml(value, compile);
  else await mdxToJs(value, { ...compile, jsxImportSource: 'astro' });
  return seen!;
}

describe('the lesson plugin', () => {
  it('rewrites a lesson of the guide: its spec as one prop, with the slug the guide gives it', async () => {
    const [question] = elements(await run({ path: '/site/content/basics/index.mdx', value: valid, allInHtml: true }), 'Question');
    expect(question!.attributes!.map((a) => a.name)).toEqual(['spec']);
    const spec = JSON.parse((question!.attributes![0]!.value as { value: string }).value);
    expect(spec).toMatchObject({ kind: 'single', lesson: 'basics/index', file: 'basics/index.mdx', id: expect.stringMatching(/^what-[0-9a-f]{6}$/) });
    expect(elements(question!, 'MnemoPart').map((part) => part.attributes![0]!.value)).toEqual(['stem', 'choice-0', 'choice-1']);
    // A self-check of prose alone is read at once, from its Markdown: only its key goes on.
    const [read] = elements(await run({ path: '/site/content/basics/index.mdx', value: valid }), 'Question');
    expect(read!.attributes!.map((a) => a.name)).toEqual(['compiled']);
    expect(read!.children).toEqual([]);
  });

  it('lifts one-line self-checks out of their paragraph, keeping the prose around them', async () => {
    const tree = await run({ path: '/site/content/basics/index.mdx', value: 'Before.\n\n<Question>What? <Choice correct>A</Choice><Choice>B</Choice></Question>\n\nAfter.\n' });
    expect(tree.children!.filter((n) => n.type !== 'text').map((n) => n.name ?? n.tagName)).toEqual(['p', 'Question', 'p']);
    expect(elements(tree, 'Choice')).toEqual([]);
  });

  it("hands every lesson's survey to onSurvey, problems and plain .md included, and never throws in a build", async () => {
    const seen: { path: string; ids: string[]; problems: number }[] = [];
    const onSurvey = (path: string, survey: LessonSurvey) => seen.push({ path, ids: survey.checks.map((c) => c.id), problems: survey.problems.length });
    await run({ path: '/site/content/basics/intro.mdx', value: `${valid}\n<Flashcard id="card" front="F">Back</Flashcard>\n`, onSurvey });
    await run({ path: '/site/content/basics/plain.md', value: 'Just text.\n', onSurvey });
    await run({ path: '/site/content/basics/index.mdx', value: '<Question>\nWhat?\n</Question>\n\nA set {1, 2}.\n', onSurvey });
    expect(seen).toEqual([
      { path: '/site/content/basics/intro.mdx', ids: [expect.stringMatching(/^what-[0-9a-f]{6}$/), 'card'], problems: 0 },
      { path: '/site/content/basics/plain.md', ids: [], problems: 0 },
      { path: '/site/content/basics/index.mdx', ids: [], problems: 2 },
    ]);
  });

  it('leaves a lesson with problems as written, so nothing half-rewritten reaches a page', async () => {
    const [question] = elements(await run({ path: '/site/content/basics/index.mdx', value: '<Question>\nWhat?\n\n<Choice corect>A</Choice>\n</Question>\n' }), 'Question');
    expect(question!.attributes).toEqual([]);
    expect(elements(question!, 'MnemoPart')).toEqual([]);
  });

  it("throws a lesson's own problems in the dev server, naming the file, with the attribute's column", async () => {
    const error = await run({ path: '/site/content/basics/index.mdx', value: '<Question>\nWhat?\n\n<Choice corect>A</Choice>\n</Question>\n', throwOnProblems: true }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['content/basics/index.mdx:1:1', 'content/basics/index.mdx:4:9', 'content/basics/index.mdx:1:1']);
  });

  it('leaves files that are not lessons of the guide alone', async () => {
    const [question] = elements(await run({ path: '/elsewhere/notes.mdx', value: '<Question>\nBroken\n</Question>\n' }), 'Question');
    expect(question!.attributes).toEqual([]);
  });

  it('drops the title heading, and gives the page ids with the lines of the file', async () => {
    let anchors: PageAnchor[] = [];
    const tree = await run({ path: '/site/content/basics/intro.mdx', value: '# Title\n\n## Part\n\n<Question id="q">\nWhich?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n\n<Explanation>\n### Why\n</Explanation>\n</Question>\n', onAnchors: (_, found) => (anchors = found) });
    expect(JSON.stringify(tree)).not.toContain('Title');
    expect(anchors.map((a) => `${a.line} ${a.id}`)).toEqual(['3 part', '12 why']);
  });

  it('reads only the prose that can hold what it surveys, and leaves the rest of the page as written', async () => {
    let survey: LessonSurvey | undefined;
    const value = [
      '# Title', '', 'Plain prose, with *emphasis*.', '', 'A pair -- of hyphens.', '', 'See www.example.com or [the docs](/basics/).', '',
      '- a list', '- of items', '', '> A quote with `code`.', '', valid,
    ].join('\n');
    const tree = await run({ path: '/site/content/basics/intro.mdx', value, onSurvey: (_, s) => (survey = s) });
    const text = JSON.stringify(tree);
    expect(text).not.toContain('Title');
    expect(text).toContain('A pair — of hyphens.');
    expect(text).toContain('Plain prose, with ');
    expect(text).toContain('"tagName":"blockquote"');
    expect(survey!.references.map((r) => `${r.line}:${r.column} ${r.url}`)).toEqual(['7:5 http://www.example.com', '7:24 /basics/']);
    expect(survey!.checks.map((c) => c.line)).toEqual([14]);
  });

  it("reports a .md lesson's problems and ids at the lines of its file, past the frontmatter Astro cut off", async () => {
    let survey: LessonSurvey | undefined;
    let anchors: PageAnchor[] = [];
    await run({ path: '/site/content/basics/plain.md', value: '## Setup\n\n<Question>Hi</Question>\n', onSurvey: (_, s) => (survey = s), onAnchors: (_, found) => (anchors = found) });
    expect(survey!.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['7:1']);
    expect(anchors.map((a) => `${a.line} ${a.id}`)).toEqual(['5 setup']);
  });

  it('analyses without changing the tree; only the rewrite does', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
    const tree = processor.parse(`${valid}\n<Deck title="D">\n<Flashcard front="F">B</Flashcard>\n</Deck>\n`);
    const before = JSON.stringify(tree);
    const analysis = analyseSource({ file: 'x.mdx', lesson: 'x', source: `${valid}\n<Deck title="D">\n<Flashcard front="F">B</Flashcard>\n</Deck>\n` });
    expect(analysis.problems).toEqual([]);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('derives the same ids as `npm run check` and `astro dev` for text that smart punctuation changes', async () => {
    const compile = async (source: string) => {
      let built: { id: string; stem: string }[] = [];
      await run({ path: '/site/content/basics/intro.mdx', value: source, onSurvey: (_, survey) => (built = survey.checks) });
      return built;
    };
    const sources = [
      `<Question>\nIt's the "best" -- isn't it... 'really'?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n\n<Flashcard front="Don't panic">Back</Flashcard>\n`,
      // MDX unravels the one-line choices before smart punctuation reads past the stem's last quote.
      `<Question>\n\nI ask you "what is the root of all \\_\\_\\_?"\n\n<Choice correct>money</Choice>\n<Choice>wealth</Choice>\n</Question>\n`,
    ];
    for (const source of sources) {
      const built = await compile(source);
      const checked = analyseSource({ file: 'content/basics/intro.mdx', lesson: 'basics/intro', source }).checks;
      expect(built.length).toBeGreaterThan(0);
      expect(checked.map(({ id, stem }) => ({ id, stem }))).toEqual(built.map(({ id, stem }) => ({ id, stem })));
    }
    // The stems really were changed by smart punctuation, so the test is not vacuous.
    expect((await compile(sources[0]!))[0]!.stem).toContain('’');
    expect((await compile(sources[1]!))[0]!.stem).toContain('“');
  });
});
