import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSelfChecks, type LessonFile } from '../../../src/checks/build/remark-self-checks';
import type { LessonAnalysis } from '../../../src/checks/build/types';
import { analyseSource } from '../../../src/checks/build/validate-guide';
import { ContentError } from '../../../src/lib/problems';

const valid = '<Question>\nWhat?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n';

/** The guide's lessons, by absolute path: what the integration hands the plugin. */
const lessons = new Map<string, LessonFile>([
  ['/site/content/basics/index.mdx', { file: 'content/basics/index.mdx', guideFile: 'basics/index.mdx', slug: 'basics/index' }],
  ['/site/content/basics/intro.mdx', { file: 'content/basics/intro.mdx', guideFile: 'basics/intro.mdx', slug: 'basics/intro' }],
  ['/site/content/basics/bad.mdx', { file: 'content/basics/bad.mdx', guideFile: 'basics/bad.mdx', slug: 'basics/bad' }],
  ['/site/content/basics/plain.md', { file: 'content/basics/plain.md', guideFile: 'basics/plain.md', slug: 'basics/plain' }],
]);

/** Runs the steps a build runs before and with the plugin: MDX, GFM, smart punctuation, Mnemo. */
function run(path: string, value: string, mdx = true, onLesson?: (path: string, analysis: LessonAnalysis) => void) {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkGfm).use(remarkSmartypants).use(remarkSelfChecks, { lessonAt: (p: string) => lessons.get(p), onLesson });
  const file = new VFile({ path, value });
  return processor.runSync(processor.parse(file), file);
}

describe('remarkSelfChecks', () => {
  it('rewrites a lesson of the guide: its spec as one prop, with the slug the guide gives it', () => {
    const tree = run('/site/content/basics/index.mdx', valid) as unknown as { children: { name: string; attributes: { name: string; value: { value: string } }[] }[] };
    const question = tree.children[0]!;
    expect(question.attributes.map((a) => a.name)).toEqual(['spec']);
    expect(JSON.parse(question.attributes[0]!.value.value)).toMatchObject({ kind: 'single', lesson: 'basics/index', file: 'basics/index.mdx', id: expect.stringMatching(/^what-[0-9a-f]{6}$/) });
  });

  it("hands each valid lesson's analysis to onLesson, and no lesson with problems or plain .md", () => {
    const seen: { path: string; ids: string[]; kinds: string[] }[] = [];
    const onLesson = (path: string, analysis: LessonAnalysis) => seen.push({ path, ids: analysis.checks.map((c) => c.id), kinds: analysis.checks.map((c) => c.kind) });
    run('/site/content/basics/intro.mdx', `${valid}\n<Flashcard id="card" front="F">Back</Flashcard>\n`, true, onLesson);
    run('/site/content/basics/plain.md', 'Just text.\n', false, onLesson);
    expect(() => run('/site/content/basics/bad.mdx', '<Question>\nWhat?\n</Question>\n', true, onLesson)).toThrow(ContentError);
    expect(seen).toEqual([{ path: '/site/content/basics/intro.mdx', ids: [expect.stringMatching(/^what-[0-9a-f]{6}$/), 'card'], kinds: ['single', 'flashcard'] }]);
  });

  it('throws a ContentError naming the file and every problem', () => {
    let error: unknown;
    try {
      run('/site/content/basics/intro.mdx', '<Question>\nWhat?\n\n<Choice corect>A</Choice>\n</Question>\n');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['content/basics/intro.mdx:1:1', 'content/basics/intro.mdx:1:1', 'content/basics/intro.mdx:4:9']);
  });

  it('leaves files that are not lessons of the guide alone', () => {
    const tree = run('/elsewhere/notes.mdx', '<Question>\nBroken\n</Question>\n');
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
      const onLesson = (_: string, analysis: LessonAnalysis) => (built = analysis.checks);
      createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm, remarkSmartypants, [remarkSelfChecks, { lessonAt: (p: string) => lessons.get(p), onLesson }]] }).processSync(
        new VFile({ path: '/site/content/basics/intro.mdx', value: source }),
      );
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
