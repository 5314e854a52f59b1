import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds a throwaway guide with the real generator; returns the exit status and output. */
async function build(files: Record<string, string>) {
  const { content } = makeGuide(files);
  const out = mkdtempSync(join(tmpdir(), 'mnemo-out-'));
  return buildSite({ root: ROOT, content, out, base: '/guide/' });
}

describe('a build with bad content stops and says why', () => {
  it('reports every content problem of every file at once, with file, line and fix', async () => {
    const result = await build({
      'a.mdx': '---\ntitel: A\n---\n\n## A\n',
      'b/_section.yaml': 'title: B\nordr: 1\n',
      'b/c.mdx': '---\ntitle: C\n---\n\n<Question id="Bad_ID">\nStem\n\n<Choice corect>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n',
    });
    expect(result.ok).toBe(false);
    const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
    expect(output).toMatch(/Mnemo found \d+ problems in the guide/);
    expect(output).toMatch(/content\/a\.mdx:2:1: Unknown frontmatter key `titel`\.\n\s+-> Did you mean `title`\?/);
    expect(output).toMatch(/content\/b\/_section\.yaml:2:1: Unknown section key `ordr`\./);
    expect(output).toMatch(/content\/b\/c\.mdx:8:\d+: .*corect/);
    expect(output).toMatch(/content\/b\/c\.mdx:5:\d+: .*Bad_ID/);
  }, 60_000);

  it('fails on a link to a lesson or anchor that does not exist', async () => {
    const result = await build({
      'one.mdx': '---\ntitle: One\n---\n\n## Start\n\nGo to [two](../two/#finish) or [three](../three/).\n',
      'two.mdx': '---\ntitle: Two\n---\n\n## End\n',
    });
    expect(result.ok).toBe(false);
    const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
    expect(output).toContain('content/one.mdx:7:7: The link `../two/#finish` points to the anchor #finish, which /two/ does not have.');
    expect(output).toContain('content/one.mdx:7:32: The link `../three/` points to /three/, which is not a page of this guide.');
  }, 60_000);

  it('builds a good guide', async () => {
    const result = await build({ 'one.mdx': '---\ntitle: One\n---\n\n## Start\n\nSee [the end](#start).\n' });
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
  }, 60_000);
});
