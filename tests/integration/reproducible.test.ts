import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every file of a built site, by path, with its bytes as text. */
function files(dir: string): Map<string, string> {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(paths.map((path) => [relative(dir, path), readFileSync(path, 'latin1')]));
}

describe('a build is reproducible', () => {
  it('writes the same bytes for the same guide, whatever order lessons compile in', async () => {
    // Several lessons with code in several languages: code colours become classes, and lessons
    // compile concurrently, so any naming by compile order would show here.
    const lesson = (n: number, lang: string, code: string) =>
      `---\ntitle: Lesson ${n}\n---\n\n## Code\n\n\`\`\`${lang}\n${code}\n\`\`\`\n\n<Question id="q-${n}">\nWhich?\n\n<Choice correct>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n`;
    const { content } = makeGuide({
      'a.mdx': lesson(1, 'yaml', 'image: app:1.4.2\nreplicas: 3'),
      'b.mdx': lesson(2, 'sh', 'docker build -t app:1.4.2 . && echo "done"'),
      'c.mdx': lesson(3, 'ts', 'const answer: number = 42; // why'),
      'd.mdx': lesson(4, 'json', '{ "enabled": true, "ratio": 0.25 }'),
    });
    const outs = [mkdtempSync(join(tmpdir(), 'mnemo-repro-a-')), mkdtempSync(join(tmpdir(), 'mnemo-repro-b-'))];
    for (const out of outs) {
      const result = await buildSite({ root: ROOT, content, out, base: '/' });
      expect(result.ok, result.output).toBe(true);
    }
    const [first, second] = outs.map(files) as [Map<string, string>, Map<string, string>];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, text]) => second.get(path) !== text).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(first.get('_mnemo/code.css')).toMatch(/^\.mn-s[0-9a-z]{5}\{color:/);
  }, 120_000);
});
