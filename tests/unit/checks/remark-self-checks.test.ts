import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { lessonSlug, remarkSelfChecks } from '../../../src/lib/checks/remark-self-checks';
import { ContentError } from '../../../src/lib/problems';

const root = '/site';
const contentDir = '/site/content';
const valid = '<Question>\nWhat?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n';

function run(path: string, value: string, mdx = true, options: object = {}) {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkGfm).use(remarkSelfChecks, { contentDir, rootDir: root, ...options });
  const file = new VFile({ path, value });
  return processor.runSync(processor.parse(file), file);
}

describe('remarkSelfChecks', () => {
  it('rewrites .mdx lessons under content/ with the lesson slug', () => {
    const tree = run('/site/content/basics/index.mdx', valid) as unknown as {
      children: { name: string; attributes: { name: string; value: string }[] }[];
    };
    const question = tree.children[0]!;
    expect(question.attributes.map((a) => `${a.name}=${a.value}`)).toEqual([
      expect.stringMatching(/^id=what-[0-9a-f]{6}$/),
      'kind=single',
      'lesson=basics/index',
    ]);
  });

  it('hands each valid lesson\'s self-checks to onLesson, and no lesson with problems or plain .md', () => {
    const seen: { path: string; file: string; ids: string[]; kinds: string[] }[] = [];
    const onLesson = (path: string, lesson: { file: string; checks: { id: string; kind: string }[] }) =>
      seen.push({ path, file: lesson.file, ids: lesson.checks.map((c) => c.id), kinds: lesson.checks.map((c) => c.kind) });
    run('/site/content/basics/intro.mdx', `${valid}\n<Flashcard id="card" front="F">Back</Flashcard>\n`, true, { onLesson });
    run('/site/content/basics/plain.md', 'Just text.\n', false, { onLesson });
    expect(() => run('/site/content/basics/bad.mdx', '<Question>\nWhat?\n</Question>\n', true, { onLesson })).toThrow(ContentError);
    expect(seen).toEqual([
      { path: '/site/content/basics/intro.mdx', file: 'content/basics/intro.mdx', ids: [expect.stringMatching(/^what-[0-9a-f]{6}$/), 'card'], kinds: ['single', 'flashcard'] },
    ]);
  });

  it('throws a ContentError naming the project-relative file and every problem', () => {
    let error: unknown;
    try {
      run('/site/content/basics/intro.mdx', '<Question>\nWhat?\n\n<Choice corect>A</Choice>\n</Question>\n');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      'content/basics/intro.mdx:1:1',
      'content/basics/intro.mdx:1:1',
      'content/basics/intro.mdx:4:9',
    ]);
    expect((error as Error).message).toContain('Did you mean `correct`?');
  });

  it('leaves plain Markdown untouched, even with component-like text', () => {
    const tree = run('/site/content/notes.md', '<Choice>raw html</Choice>\n\n<Hint>x</Hint>\n', false);
    expect(JSON.stringify(tree)).not.toContain('QuestionStem');
    expect(() => run('/site/content/notes.md', '<Choice>raw html</Choice>\n', false)).not.toThrow();
  });

  it('ignores files outside content/', () => {
    expect(() => run('/site/src/pages/about.mdx', '<Hint>stray</Hint>\n')).not.toThrow();
    expect(() => run('/site/content-old/a.mdx', '<Hint>stray</Hint>\n')).not.toThrow();
    expect(() => run('/site/content/a.mdx', '<Hint>stray</Hint>\n')).toThrow(ContentError);
  });

  it('uses a custom slug function when given one', () => {
    const tree = run('/site/content/Basics/Intro.mdx', valid, true, { lessonSlug: (p: string) => p.toLowerCase() }) as unknown as {
      children: { attributes: { name: string; value: string }[] }[];
    };
    expect(tree.children[0]!.attributes[2]).toMatchObject({ name: 'lesson', value: 'basics/intro.mdx' });
  });
});

describe('lessonSlug', () => {
  it.each([
    ['basics/intro.mdx', 'basics/intro'],
    ['basics/index.mdx', 'basics/index'],
    ['index.mdx', 'index'],
    ['notes.md', 'notes'],
    ['Basics/First steps.mdx', 'basics/first-steps'],
    ['basics\\windows.mdx', 'basics/windows'],
    ['basics/reindex.mdx', 'basics/reindex'],
  ])('%s -> %j', (path, slug) => {
    expect(lessonSlug(path)).toBe(slug);
  });
});
