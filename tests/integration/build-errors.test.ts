import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
/** A small image Astro can read the size of. */
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';

/** Build output without terminal colours. */
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

/** Builds a throwaway guide with the real generator into `out`; returns the exit status and output. */
async function build(files: Record<string, string>, out = mkdtempSync(join(tmpdir(), 'mnemo-out-'))) {
  const { content } = makeGuide(files);
  const result = await buildSite({ root: ROOT, content, out, base: '/guide/' });
  return { ...result, content, out };
}

/** Builds a guide that must fail; returns its output without colours, from the report on. */
async function failedBuild(files: Record<string, string>, out?: string) {
  const result = await build(files, out);
  expect(result.ok).toBe(false);
  const output = plain(result.output);
  return { report: output.slice(output.indexOf('Mnemo found')), output, content: result.content };
}

describe('a build with bad content stops and says why', () => {
  it('reports every problem of the guide at once, before any page renders: settings, frontmatter, sections, self-checks', async () => {
    const { report, content } = await failedBuild({
      '_guide.yaml': 'title: Guide\nshufle: true\n',
      'a.mdx': '---\ntitel: A\n---\n\n## A\n',
      'b/_section.yaml': 'title: B\nordr: 1\n',
      'b/c.mdx': '---\ntitle: C\n---\n\n<Question id="Bad_ID">\nStem\n\n<Choice corect>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n',
    });
    expect(report).toMatch(new RegExp(`^Mnemo found 6 problems in the guide in ${content}/:\n\n_guide.yaml:2:1: Unknown setting \`shufle\`\\.`));
    expect(report).toContain('a.mdx:2:1: Unknown frontmatter key `titel`.\n    -> Did you mean `title`?');
    expect(report).toContain('b/_section.yaml:2:1: Unknown section key `ordr`.');
    // The cause (the typo) comes before what follows from it (no correct choice).
    expect(report).toContain(
      [
        'b/c.mdx:5:11: Id `Bad_ID` may only use lowercase letters, digits and single hyphens.\n    -> Write `id="bad-id"`.',
        'b/c.mdx:8:9: `<Choice>` has no attribute `corect`.\n    -> Did you mean `correct`?',
        "b/c.mdx:5:1: None of this `<Question>`'s choices is marked `correct`: `corect` is not `correct`.\n    -> Fix the attribute named just above: write `correct`.",
      ].join('\n\n'),
    );
  }, 300_000);

  it('reports links, anchors, images, expressions and components with the self-checks, as the report alone, and leaves the output folder as it was', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mnemo-out-'));
    writeFileSync(join(out, 'previous-site.txt'), 'the last good build');
    const { report, output, content } = await failedBuild(
      {
        'one.mdx': '---\ntitle: One\n---\n\n## Start\n\nGo to [two](../two/#finish), [three](../three/) or [the notes](./notes.md).\n\n![A diagram](./flwo.svg)\n\nA set literal looks like {1, 2, 3} in Python, and {fruit} is a name.\n',
        'flow.svg': SVG,
        'notes.md': '---\ntitle: Notes\n---\n\n<Question id="in-markdown">\nWhich?\n\n<Choice correct>This</Choice>\n<Choice>That</Choice>\n</Question>\n',
        'two.mdx': '---\ntitle: Two\n---\n\n## End\n\n<Questoin>\nWhat?\n</Questoin>\n\n<Flashcard front="Back in `{}`?">A <Hint>x</Hint></Flashcard>\n',
      },
      out,
    );
    expect(report).toBe(
      [
        `Mnemo found 9 problems in the guide in ${content}/:`,
        '',
        "notes.md:5:1: This `.md` lesson uses `<Question>` (and 2 more self-check tags), which only `.mdx` lessons understand: as it is, readers would see the tags, and the answers, as text.\n    -> Rename `notes.md` to `notes.mdx`.",
        '',
        'one.mdx:7:7: The link `../two/#finish` points to the anchor #finish, which /two/ does not have.\n    -> Link to a heading, question or flashcard id that exists on that page.',
        '',
        'one.mdx:7:30: The link `../three/` points to /three/, which is not a page of this guide.\n    -> Link to an existing lesson.',
        '',
        "one.mdx:7:52: The link `./notes.md` points to /one/notes.md, which is not a file of this guide.\n    -> Link the lesson's address, not its file: write `/notes/`.",
        '',
        'one.mdx:9:1: The image `./flwo.svg` is missing: there is no file `./flwo.svg` relative to this lesson.\n    -> Did you mean `./flow.svg`?',
        '',
        'one.mdx:11:26: MDX runs `{1, 2, 3}` as JavaScript, so the page would show its result instead of what you wrote.\n    -> To show the braces, write `\\{1, 2, 3}` (or put it in backticks as code). To run JavaScript in lessons on purpose, set `expressions: true` in `_guide.yaml`.',
        '',
        'one.mdx:11:51: MDX runs `{fruit}` as JavaScript, so the page would show its result instead of what you wrote.\n    -> To show the braces, write `\\{fruit}` (or put it in backticks as code). To run JavaScript in lessons on purpose, set `expressions: true` in `_guide.yaml`.',
        '',
        'two.mdx:7:1: Mnemo has no component `<Questoin>`.\n    -> Did you mean `<Question>`?',
        '',
        'two.mdx:11:36: `<Hint>` must be directly inside a `<Question>`, but it is inside `<Flashcard>`.\n    -> Move it between `<Question>` and `</Question>`, after the question text.',
        '',
      ].join('\n'),
    );
    expect(output).not.toMatch(/ReferenceError|An unhandled error|Stack trace|page\(s\) built/);
    expect(existsSync(join(out, 'previous-site.txt'))).toBe(true);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    // `npm run check` prints the same report, without building.
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, MNEMO_CONTENT: content, MNEMO_BASE: '/guide/' }, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^Mnemo found/);
    expect(check.stderr.split('\nChecked in ')[0]).toBe(report);
  }, 300_000);

  it('reports the syntax error of one lesson with the problems of the others', async () => {
    const { report } = await failedBuild({
      'a.mdx': '---\ntitle: A\n---\n\n<Question id="Bad_ID">\nStem\n\n<Choice correct>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n',
      'b.mdx': '---\ntitle: B\n---\n\nA tag <opens here.\n',
      'c.mdx': '---\ntitle: C\n---\n\n<Flashcard front="F">\nBack\n</Flashcard>\n\n<Hint>Loose</Hint>\n',
    });
    expect(report).toMatch(/^Mnemo found 3 problems in the guide/);
    expect(report).toMatch(/\na\.mdx:5:\d+: .*Bad_ID/);
    expect(report).toMatch(/\nb\.mdx:5:\d+: This is not valid MDX/);
    expect(report).toMatch(/\nc\.mdx:9:\d+: .*Hint/);
  }, 300_000);

  it('stops on a self-check id used in two lessons, naming both places', async () => {
    const card = (id: string) => `<Flashcard id="${id}" front="F">\nBack\n</Flashcard>\n`;
    const { report, output, content } = await failedBuild({
      'a.mdx': `---\ntitle: A\n---\n\n${card('drift')}`,
      'b.mdx': `---\ntitle: B\n---\n\nText.\n\n${card('drift')}`,
    });
    expect(report).toContain('b.mdx:7:12: Duplicate id `drift`: also used at a.mdx:5.');
    expect(output).not.toContain('page(s) built');
  }, 300_000);
});

describe('a good guide builds', () => {
  it('renders inline Markdown in feedback, fronts and deck titles, publishes its own public/ folder and colocated images, and ships host headers', async () => {
    const { ok, output, out } = await build({
      'public/images/logo.svg': SVG,
      'one.mdx': [
        '---\ntitle: One\n---\n',
        '## Start\n\nSee [the end](#start), the [question](#pick), and ![the logo](/images/logo.svg) ![a diagram](./flow.svg).\n',
        '<Question id="pick">\nWhich?\n\n<Choice correct feedback="Yes: `kubectl` is *the* tool.">A</Choice>\n<Choice>B</Choice>\n</Question>\n',
        '<Deck title="The `kubectl` deck">\n<Flashcard id="card" front="What does `kubectl apply` do?">It applies.</Flashcard>\n</Deck>\n',
      ].join('\n'),
      'flow.svg': SVG,
    });
    expect(ok, output).toBe(true);
    const page = readFileSync(join(out, 'one', 'index.html'), 'utf8');
    expect(page).toContain('Yes: <code>kubectl</code> is <em>the</em> tool.');
    expect(page).toContain('What does <code>kubectl apply</code> do?');
    expect(page).toContain('<span class="mn-deck__name">The <code>kubectl</code> deck</span>');
    expect(page).toMatch(/<img src="\/guide\/_astro\/flow\.[\w-]+\.svg"/);
    expect(readFileSync(join(out, 'images', 'logo.svg'), 'utf8')).toContain('<svg');
    expect(readFileSync(join(out, '_headers'), 'utf8')).toMatch(/^\/guide\/\*\n {2}Content-Security-Policy: default-src 'self';.*'sha256-[\w+/=]+'/m);
  }, 300_000);

  it('runs expressions in a guide that opts in', async () => {
    const { ok, output, out } = await build({ '_guide.yaml': 'title: Guide\nexpressions: true\n', 'one.mdx': '---\ntitle: One\n---\n\nTwo is {1 + 1}.\n' });
    expect(ok, output).toBe(true);
    expect(readFileSync(join(out, 'one', 'index.html'), 'utf8')).toContain('Two is 2.');
  }, 300_000);
});

describe("Astro's --base flag", () => {
  it('builds the site under that base', async () => {
    const { content } = makeGuide({ 'one.mdx': '---\ntitle: One\n---\n\n[Two](/two/)\n', 'two.mdx': '---\ntitle: Two\n---\n\nEnd.\n' });
    const out = mkdtempSync(join(tmpdir(), 'mnemo-out-'));
    const result = await buildSite({ root: ROOT, content, out, args: ['--base', '/docs/'] });
    expect(result.ok, result.output).toBe(true);
    const page = readFileSync(join(out, 'one', 'index.html'), 'utf8');
    expect(page).toContain('href="/docs/two/"');
    expect(page).toContain('href="/docs/_mnemo/code.css"');
    expect(JSON.parse(readFileSync(join(out, '_mnemo', 'site.json'), 'utf8'))).toEqual({ base: '/docs/' });
  }, 300_000);

  it('stops, naming both, when MNEMO_BASE says otherwise', async () => {
    const { content } = makeGuide({ 'one.mdx': '---\ntitle: One\n---\n\nText.\n' });
    const result = await buildSite({ root: ROOT, content, out: mkdtempSync(join(tmpdir(), 'mnemo-out-')), base: '/guide/', args: ['--base', '/docs/'] });
    expect(result.ok).toBe(false);
    expect(plain(result.output)).toContain(
      '_guide.yaml: This build was given two different `base`s: MNEMO_BASE /guide/ and --base /docs/.\n    -> Give one: set `base:` in _guide.yaml, or pass the same value everywhere.',
    );
  }, 300_000);
});

describe('the output folder', () => {
  it('may sit beside the project with a name that starts like it (project ~/guide, output ~/guide-site)', async () => {
    // A copy of the project (its packages linked), so that the output folder beside it is outside this worktree.
    const parent = mkdtempSync(join(tmpdir(), 'mnemo-beside-'));
    const project = join(parent, 'guide');
    mkdirSync(project);
    for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(ROOT, part), join(project, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    const { content } = makeGuide({ 'one.mdx': '---\ntitle: One\n---\n\nText.\n' });
    const out = join(parent, 'guide-site');
    const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: project,
      env: { ...process.env, NODE_ENV: 'production', DEV: '', MODE: 'production', MNEMO_CONTENT: content, MNEMO_OUT: out, MNEMO_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(result.status, plain(result.stdout + result.stderr)).toBe(0);
    expect(existsSync(join(out, 'one', 'index.html'))).toBe(true);
    // `astro build` run directly indexes search itself.
    expect(plain(result.stdout)).toMatch(/\[mnemo:search\] Indexed 1 lesson \(of 1 pages\)/);
    expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  }, 300_000);
});
