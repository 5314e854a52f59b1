import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** Build output without terminal colours. */
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

/** Builds a throwaway guide with the real generator; returns the exit status and output. */
async function build(files: Record<string, string>) {
  const { content } = makeGuide(files);
  const out = mkdtempSync(join(tmpdir(), 'mnemo-out-'));
  return buildSite({ root: ROOT, content, out, base: '/guide/' });
}

/** Builds a guide that must fail; returns its output without colours. */
async function failedBuild(files: Record<string, string>) {
  const result = await build(files);
  expect(result.ok).toBe(false);
  return plain(result.output);
}

describe('a build with bad content stops and says why', () => {
  it('reports every content problem of every file at once, with file, line and fix', async () => {
    const output = await failedBuild({
      'a.mdx': '---\ntitel: A\n---\n\n## A\n',
      'b/_section.yaml': 'title: B\nordr: 1\n',
      'b/c.mdx': '---\ntitle: C\n---\n\n<Question id="Bad_ID">\nStem\n\n<Choice corect>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n',
    });
    expect(output).toMatch(/Mnemo found \d+ problems in the guide/);
    expect(output).toMatch(/content\/a\.mdx:2:1: Unknown frontmatter key `titel`\.\n\s+-> Did you mean `title`\?/);
    expect(output).toMatch(/content\/b\/_section\.yaml:2:1: Unknown section key `ordr`\./);
    expect(output).toMatch(/content\/b\/c\.mdx:8:\d+: .*corect/);
    expect(output).toMatch(/content\/b\/c\.mdx:5:\d+: .*Bad_ID/);
  }, 60_000);

  it('reports the self-check and syntax problems of every lesson at once when the structure is fine', async () => {
    // No frontmatter or section problem: the build checks self-checks while compiling lessons,
    // and still reports every lesson's problems together, each with its fix.
    const output = await failedBuild({
      'a.mdx': '---\ntitle: A\n---\n\n<Question id="Bad_ID">\nStem\n\n<Choice correct>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n',
      'b.mdx': '---\ntitle: B\n---\n\nA brace { opens here.\n',
      'c.mdx': '---\ntitle: C\n---\n\n<Flashcard front="F">\nBack\n</Flashcard>\n\n<Hint>Loose</Hint>\n',
    });
    expect(output).toMatch(/Mnemo found 3 problems in the guide/);
    expect(output).toMatch(/content\/a\.mdx:5:\d+: .*Bad_ID/);
    expect(output).toMatch(/content\/b\.mdx:5:\d+: This is not valid MDX/);
    expect(output).toMatch(/\n\s+-> In MDX `\{` starts a JavaScript expression/);
    expect(output).toMatch(/content\/c\.mdx:9:\d+: .*Hint/);
  }, 60_000);

  it('stops on a self-check id used in two lessons, naming both places', async () => {
    const card = (id: string) => `<Flashcard id="${id}" front="F">\nBack\n</Flashcard>\n`;
    const output = await failedBuild({
      'a.mdx': `---\ntitle: A\n---\n\n${card('drift')}`,
      'b.mdx': `---\ntitle: B\n---\n\nText.\n\n${card('drift')}`,
    });
    expect(output).toMatch(/content\/b\.mdx:7:\d+: Duplicate id `drift`: also used at \S*content\/a\.mdx:5\./);
    expect(output).not.toContain('page(s) built');
  }, 60_000);

  it('fails on a link to a lesson or anchor that does not exist', async () => {
    const output = await failedBuild({
      'one.mdx': '---\ntitle: One\n---\n\n## Start\n\nGo to [two](../two/#finish) or [three](../three/).\n',
      'two.mdx': '---\ntitle: Two\n---\n\n## End\n',
    });
    expect(output).toContain('content/one.mdx:7:7: The link `../two/#finish` points to the anchor #finish, which /two/ does not have.');
    expect(output).toContain('content/one.mdx:7:32: The link `../three/` points to /three/, which is not a page of this guide.');
  }, 60_000);

  it('builds a good guide', async () => {
    const result = await build({ 'one.mdx': '---\ntitle: One\n---\n\n## Start\n\nSee [the end](#start).\n' });
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
  }, 60_000);
});
