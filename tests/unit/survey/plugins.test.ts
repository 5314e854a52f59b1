import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../../src/checks/build/validate-guide';
import { ContentError } from '../../../src/lib/problems';
import { remarkSurvey, type CompiledLesson } from '../../../src/lib/survey/plugins';
import type { LessonSurvey } from '../../../src/lib/survey/types';

const valid = '<Question>\nWhat?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n';

/** The guide's lessons, by absolute path: what the integration hands the plugin. */
const lessons = new Map<string, CompiledLesson>([
  ['/site/content/basics/index.mdx', { file: 'content/basics/index.mdx', guideFile: 'basics/index.mdx', slug: 'basics/index', format: 'mdx' }],
  ['/site/content/basics/intro.mdx', { file: 'content/basics/intro.mdx', guideFile: 'basics/intro.mdx', slug: 'basics/intro', format: 'mdx' }],
  ['/site/content/basics/plain.md', { file: 'content/basics/plain.md', guideFile: 'basics/plain.md', slug: 'basics/plain', format: 'md' }],
]);

interface Run {
  path: string;
  value: string;
  mdx?: boolean;
  onSurvey?: (path: string, survey: LessonSurvey) => void;
  throwOnProblems?: boolean;
}

/** Runs the steps a build runs before and with the plugin: MDX, GFM, smart punctuation, Mnemo. */
function run({ path, value, mdx = true, onSurvey = () => {}, throwOnProblems = false }: Run) {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkSurvey, { lessonAt: (p: string) => lessons.get(p), onSurvey, onAnchors: () => {}, expressions: false, throwOnProblems });
  const file = new VFile({ path, value });
  return processor.runSync(processor.parse(file), file);
}

describe('remarkSurvey', () => {
  it('rewrites a lesson of the guide: its spec as one prop, with the slug the guide gives it', () => {
    const tree = run({ path: '/site/content/basics/index.mdx', value: valid }) as unknown as { children: { name: string; attributes: { name: string; value: { value: string } }[] }[] };
    const question = tree.children[0]!;
    expect(question.attributes.map((a) => a.name)).toEqual(['spec']);
    expect(JSON.parse(question.attributes[0]!.value.value)).toMatchObject({ kind: 'single', lesson: 'basics/index', file: 'basics/index.mdx', id: expect.stringMatching(/^what-[0-9a-f]{6}$/) });
  });

  it("hands every lesson's survey to onSurvey, problems and plain .md included, and never throws in a build", () => {
    const seen: { path: string; ids: string[]; problems: number }[] = [];
    const onSurvey = (path: string, survey: LessonSurvey) => seen.push({ path, ids: survey.checks.map((c) => c.id), problems: survey.problems.length });
    run({ path: '/site/content/basics/intro.mdx', value: `${valid}\n<Flashcard id="card" front="F">Back</Flashcard>\n`, onSurvey });
    run({ path: '/site/content/basics/plain.md', value: 'Just text.\n', mdx: false, onSurvey });
    run({ path: '/site/content/basics/index.mdx', value: '<Question>\nWhat?\n</Question>\n\nA set {1, 2}.\n', onSurvey });
    expect(seen).toEqual([
      { path: '/site/content/basics/intro.mdx', ids: [expect.stringMatching(/^what-[0-9a-f]{6}$/), 'card'], problems: 0 },
      { path: '/site/content/basics/plain.md', ids: [], problems: 0 },
      { path: '/site/content/basics/index.mdx', ids: [], problems: 2 },
    ]);
  });

  it('leaves a lesson with problems as written, so nothing half-rewritten reaches a page', () => {
    const tree = run({ path: '/site/content/basics/intro.mdx', value: '<Question>\nWhat?\n\n<Choice corect>A</Choice>\n</Question>\n' }) as unknown as { children: { attributes: unknown[] }[] };
    expect(tree.children[0]!.attributes).toEqual([]);
  });

  it("throws a lesson's own problems in the dev server, naming the file", () => {
    let error: unknown;
    try {
      run({ path: '/site/content/basics/intro.mdx', value: '<Question>\nWhat?\n\n<Choice corect>A</Choice>\n</Question>\n', throwOnProblems: true });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['content/basics/intro.mdx:1:1', 'content/basics/intro.mdx:4:9', 'content/basics/intro.mdx:1:1']);
  });

  it('leaves files that are not lessons of the guide alone', () => {
    const tree = run({ path: '/elsewhere/notes.mdx', value: '<Question>\nBroken\n</Question>\n' });
    expect((tree as unknown as { children: { name: string }[] }).children[0]!.name).toBe('Question');
  });

  it('analyses without changing the tree; only the rewrite does', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
    const tree = processor.parse(`${valid}\n<Deck title="D">\n<Flashcard front="F">B</Flashcard>\n</Deck>\n`);
    const before = JSON.stringify(tree);
    const analysis = analyseSource({ file: 'x.mdx', lesson: 'x', source: `${valid}\n<Deck title="D">\n<Flashcard front="F">B</Flashcard>\n</Deck>\n` });
    expect(analysis.problems).toEqual([]);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('derives the same ids as `npm run check` and `astro dev` for text that smart punctuation changes', () => {
    // The build's own compile (`@mdx-js/mdx`, as @astrojs/mdx runs it, with the build's remark steps).
    const compile = (source: string) => {
      let built: { id: string; stem: string }[] = [];
      const onSurvey = (_: string, survey: LessonSurvey) => (built = survey.checks);
      const options = { lessonAt: (p: string) => lessons.get(p), onSurvey, onAnchors: () => {}, expressions: false, throwOnProblems: false };
      createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm, remarkSmartypants, [remarkSurvey, options]] }).processSync(new VFile({ path: '/site/content/basics/intro.mdx', value: source }));
      return built;
    };
    const sources = [
      `<Question>\nIt's the "best" -- isn't it... 'really'?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n\n<Flashcard front="Don't panic">Back</Flashcard>\n`,
      // MDX unravels the one-line choices before smart punctuation reads past the stem's last quote.
      `<Question>\n\nI ask you "what is the root of all \\_\\_\\_?"\n\n<Choice correct>money</Choice>\n<Choice>wealth</Choice>\n</Question>\n`,
    ];
    for (const source of sources) {
      const built = compile(source);
      const checked = analyseSource({ file: 'content/basics/intro.mdx', lesson: 'basics/intro', source }).checks;
      expect(built.length).toBeGreaterThan(0);
      expect(checked.map(({ id, stem }) => ({ id, stem }))).toEqual(built.map(({ id, stem }) => ({ id, stem })));
    }
    // The stems really were changed by smart punctuation, so the test is not vacuous.
    expect(compile(sources[0]!)[0]!.stem).toContain('’');
    expect(compile(sources[1]!)[0]!.stem).toContain('“');
  });
});
