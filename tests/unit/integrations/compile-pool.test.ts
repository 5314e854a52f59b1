import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { collected, resetCollected } from '../../../src/checks/catalogue/collect';
import { compiledProps, takeCompiled } from '../../../src/checks/build/compiled';
import { startCompilePool, WORKER_QUEUE, workerLanes, type CompilePool } from '../../../src/integrations/compile-pool';
import { MDX_OPTIONS, markdownConfig } from '../../../src/integrations/markdown';
import { CodeStyleRegistry } from '../../../src/lib/markdown/code-styles';
import type { CompiledLesson } from '../../../src/lib/survey/plugins';
import type { LessonSurvey, PageAnchor } from '../../../src/lib/survey/types';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A lesson with a question, a deck and a code block: every registry a compile fills. */
const lesson = (n: number) => `Some text for lesson ${n}.

## Part ${n}

<Question id="q${n}">
Which is **right** in lesson ${n}?

<Choice correct feedback="Yes.">This one</Choice>
<Choice>That one</Choice>
<Hint>Read it again.</Hint>
</Question>

\`\`\`js
const answer = ${n};
\`\`\`

<Deck title="Terms">
<Flashcard id="c${n}" front="Term ${n}?">A definition.</Flashcard>
</Deck>
`;

type Renderer = { process(content: string, file: string, frontmatter: unknown): Promise<{ code: string }> };

/** A build's compile setup for `count` lessons: the registries, the main thread's renderer and Astro's MDX options. */
async function setup(count: number) {
  const files = Array.from({ length: count }, (_, n) => resolve(ROOT, `content-test/lesson-${n}.mdx`));
  const lessons: [string, CompiledLesson][] = files.map((file, n) => [file, { file: `content/lesson-${n}.mdx`, guideFile: `lesson-${n}.mdx`, slug: `lesson-${n}`, format: 'mdx' }]);
  const surveys = new Map<string, LessonSurvey>();
  const anchors = new Map<string, PageAnchor[]>();
  const codeStyles = new CodeStyleRegistry();
  const targets = { onSurvey: (path: string, survey: LessonSurvey) => void surveys.set(path, survey), onAnchors: (path: string, found: PageAnchor[]) => void anchors.set(path, found), codeStyles };
  const byPath = new Map(lessons);
  const config = markdownConfig({ base: '/', expressions: false, lessonAt: (path) => byPath.get(path), ...targets });
  const shared = { syntaxHighlight: config.syntaxHighlight, shikiConfig: config.shikiConfig, gfm: true, smartypants: true };
  // The build's own MDX options (mnemo.ts passes them to `@astrojs/mdx`).
  const mdx = { ...MDX_OPTIONS, srcDir: pathToFileURL(`${ROOT}/src/`), sourcemap: false };
  const local = (await config.processor.createMdxRenderer!(shared as never, mdx as never)) as unknown as Renderer;
  return { files, lessons, surveys, anchors, codeStyles, targets, local, shared, mdx };
}

let pool: CompilePool | undefined;
afterEach(() => {
  pool?.stop();
  takeCompiled();
  resetCollected();
});

describe("the build's MDX options", () => {
  it('compile the static HTML of a lesson into strings, and keep its self-checks as components', async () => {
    const here = await setup(1);
    const { code } = await here.local.process(lesson(7), here.files[0]!, {});
    // The prose and the heading are one string the page writes as it is ...
    expect(code).toMatch(/"set:html": "<p>Some text for lesson 7\.<\/p>\\n<h2 id=\\"part-7\\">Part 7<\/h2>/);
    // ... not elements for the JSX runtime to render on every page.
    expect(code).not.toMatch(/_jsx\(_components\.p\b/);
    expect(code).toMatch(/_jsx\(Question, \{ compiled: /);
  });
});

describe('compiling lessons on worker threads as well', () => {
  it('gives a lesson the same module, survey, page ids, self-check props, catalogue items and code colours in a worker as on the main thread', async () => {
    const count = WORKER_QUEUE + 4;
    const here = await setup(count);
    const expected = [];
    for (const [n, file] of here.files.entries()) expected.push((await here.local.process(lesson(n), file, {})).code);
    const expectedSurveys = [...here.surveys];
    const expectedAnchors = [...here.anchors];
    const expectedProps = here.files.map((file) => compiledProps(`${file}#0`));
    const expectedItems = [...collected().values()].sort((a, b) => a.spec.id.localeCompare(b.spec.id));
    const expectedCss = here.codeStyles.css();
    takeCompiled();
    resetCollected();

    const there = await setup(count);
    pool = startCompilePool({ lessons: there.lessons, base: '/', expressions: false }, there.targets, 1);
    const renderer = pool.share(there.local, there.shared, there.mdx);
    // All at once, as the bundler asks: the worker takes its queue's worth, the main thread the rest.
    const codes = await Promise.all(there.files.map(async (file, n) => (await renderer.process(lesson(n), file, {})).code));
    expect(codes).toEqual(expected);
    expect(new Map(there.surveys)).toEqual(new Map(expectedSurveys));
    expect(new Map(there.anchors)).toEqual(new Map(expectedAnchors));
    expect(there.files.map((file) => compiledProps(`${file}#0`))).toEqual(expectedProps);
    expect([...collected().values()].sort((a, b) => a.spec.id.localeCompare(b.spec.id))).toEqual(expectedItems);
    expect(there.codeStyles.css()).toBe(expectedCss);
    expect(expectedCss).toMatch(/^\.mn-s/);
  }, 60_000);

  it("fails a lesson the worker cannot compile with the compile's own error, and goes on with the others", async () => {
    const there = await setup(2);
    pool = startCompilePool({ lessons: there.lessons, base: '/', expressions: false }, there.targets, 1);
    const renderer = pool.share(there.local, there.shared, there.mdx);
    const local = await setup(1);
    const localError = await local.local.process('<Question>\n\nunclosed {\n', there.files[0]!, {}).catch((error: Error) => error);
    const error = await renderer.process('<Question>\n\nunclosed {\n', there.files[0]!, {}).catch((error: Error) => error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe((localError as Error).message);
    expect({ ...(error as object) }).toEqual({ ...(localError as object) });
    expect((await renderer.process(lesson(1), there.files[1]!, {})).code).toContain('compiled');
  }, 60_000);

  it('sends no more lessons to a stopped worker', async () => {
    const there = await setup(1);
    pool = startCompilePool({ lessons: there.lessons, base: '/', expressions: false }, there.targets, 1);
    const renderer = pool.share(there.local, there.shared, there.mdx);
    pool.stop();
    expect((await renderer.process(lesson(0), there.files[0]!, {})).code).toContain('compiled');
  }, 60_000);

  it('uses one worker per core beyond the main thread, at most three', () => {
    expect([1, 2, 4, 16].map((cores) => workerLanes(cores))).toEqual([0, 1, 3, 3]);
  });
});
