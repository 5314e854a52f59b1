import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputProblem, publish, stagingDir, within } from '../../../src/integrations/publish';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mnemo-publish-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('publishing a built site', () => {
  it('replaces the previous site whole, keeping the output folder\'s .git', () => {
    const out = folder({ 'old.html': 'old', '.git/HEAD': 'ref: main' });
    const staging = folder({ 'index.html': 'new', 'a/index.html': 'a' });
    publish(staging, out);
    expect(readdirSync(out).sort()).toEqual(['.git', 'a', 'index.html']);
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('ref: main');
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(join(out, '..')).some((name) => name.includes('mnemo-previous'))).toBe(false);
  });

  it('creates the output folder and its parents', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mnemo-publish-')), 'deep', 'site');
    publish(folder({ 'index.html': 'new' }), out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('stages inside the project, whatever the output folder', () => {
    expect(stagingDir({ root: '/p/guide', content: '/p/guide/content', out: '/p/guide-site' })).toMatch(/^\/p\/guide\/node_modules\/\.astro\/sites\/[0-9a-f]{10}$/);
  });

  it('tells a folder inside another from one whose name only starts the same', () => {
    expect(within('/p/guide/dist', '/p/guide')).toBe(true);
    expect(within('/p/guide-site', '/p/guide')).toBe(false);
  });

  it('refuses an output folder that is or holds the project or the guide', () => {
    expect(outputProblem({ root: '/p/guide', content: '/p/guide/content', out: '/p' })?.message).toBe('The output folder /p is or holds the project, which each build would replace.');
    expect(outputProblem({ root: '/p/gen', content: '/p/my-guide', out: '/p/my-guide' })?.message).toBe("The output folder /p/my-guide is or holds the guide's folder, which each build would replace.");
    expect(outputProblem({ root: '/p/guide', content: '/p/guide/content', out: '/p/guide-site' })).toBeUndefined();
  });
});
