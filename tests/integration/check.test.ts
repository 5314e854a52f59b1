import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `npm run check` (its script, with this Node) on a throwaway guide. */
function check(files: Record<string, string>) {
  const { content } = makeGuide(files);
  const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, MNEMO_CONTENT: content }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, content };
}

describe('npm run check', () => {
  it('says a good guide has no problem, with its lessons and self-checks, and exits 0', () => {
    const result = check({ 'one.mdx': '---\ntitle: One\n---\n\n<Question id="q">\nWhich?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>\n' });
    expect(result.stdout).toMatch(/^No problems in the guide in \S+\/: 1 lesson, 1 self-check, checked in [\d.]+ s\.\n$/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('prints warnings, then the report, and exits 1', () => {
    const result = check({ 'one.mdx': '---\ntitle: One\nauthor: Me\n---\n\nSee [two](/two/).\n' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        'warning: one.mdx:3:1: Frontmatter key `author` is not used by Mnemo and is ignored.\n    -> Known keys: title, description, order, tags, draft, exam.',
        `Mnemo found 1 problem in the guide in ${result.content}/:`,
        '',
        'one.mdx:6:5: The link `/two/` points to /two/, which is not a page of this guide.\n    -> Link to an existing lesson.',
        '',
        `Checked in ${/Checked in ([\d.]+) s/.exec(result.stderr)?.[1]} s.`,
        '',
      ].join('\n'),
    );
  }, 120_000);
});
