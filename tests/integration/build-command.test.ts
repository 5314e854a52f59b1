import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingDir } from '../../src/integrations/publish';
import { buildCommand, buildSite } from '../../scripts/lib/build-site';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** Build output without terminal colours. */
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

/** Lessons in the bundle's entry file, as the search dialog's Pagefind reads it. */
const indexedLessons = (site: string) => {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

describe('npm run build', () => {
  it('runs the build through scripts/build.ts, which indexes search once Astro has exited', () => {
    const { args } = buildCommand({ root: ROOT, content: join(ROOT, 'content'), out: join(tmpdir(), 'x'), args: ['--base', '/docs/'] });
    expect(args).toEqual([join(ROOT, 'scripts/build.ts'), '--root', ROOT, '--base', '/docs/']);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build).toBe('node scripts/build.ts');
  });

  it('publishes the site with a search index of every lesson, written after Astro finished, and the print page', async () => {
    const { content } = makeGuide({
      'intro.mdx': '---\ntitle: Intro\n---\n\nWelcome to the rollout guide.\n',
      'releasing/canary.mdx': '---\ntitle: Canary\n---\n\nA canary release goes to a few users first.\n',
      'releasing/deep/rollback.md': '---\ntitle: Rollback\n---\n\nRoll back with the previous image.\n',
    });
    const out = mkdtempSync(join(tmpdir(), 'mnemo-out-'));
    writeFileSync(join(out, 'previous-site.txt'), 'the last good build');
    const result = await buildSite({ root: ROOT, content, out, base: '/guide/' });
    const output = plain(result.output);
    expect(result.ok, output).toBe(true);
    expect(indexedLessons(out)).toBe(3);
    expect(readdirSync(join(out, 'pagefind'))).not.toContain('pagefind-ui.js');
    // Pagefind reads only the lessons' folders: the lessons and the two section pages.
    expect(output).toMatch(/\[mnemo:search\] Indexed 3 lessons \(of 5 pages\) for search in \d+ ms\./);
    expect(output.indexOf('[mnemo:search] Indexed')).toBeGreaterThan(output.indexOf('[build] Complete!'));
    const printed = readFileSync(join(out, 'print', 'index.html'), 'utf8');
    for (const slug of ['intro', 'releasing/canary', 'releasing/deep/rollback']) expect(printed).toContain(`id="${slug}/"`);
    expect(printed).not.toContain('<!--mn-print-guide-->');
    expect(output).toContain(`[mnemo:publish] Site written to ${out}`);
    expect(existsSync(join(out, 'releasing', 'deep', 'rollback', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'previous-site.txt'))).toBe(false);
    expect(existsSync(stagingDir({ root: ROOT, content, out }))).toBe(false);
  }, 300_000);

  it('publishes nothing when Astro fails, and fails too', async () => {
    const { content } = makeGuide({ 'one.mdx': '---\ntitel: One\n---\n\nText.\n' });
    const out = mkdtempSync(join(tmpdir(), 'mnemo-out-'));
    writeFileSync(join(out, 'previous-site.txt'), 'the last good build');
    const result = await buildSite({ root: ROOT, content, out, base: '/guide/' });
    const output = plain(result.output);
    expect(result.ok).toBe(false);
    expect(output).toContain('one.mdx:2:1: Unknown frontmatter key `titel`.');
    expect(output).not.toMatch(/\[mnemo:search\]|Site written/);
    expect(readdirSync(out)).toEqual(['previous-site.txt']);
  }, 300_000);
});
