import { spawn, type ChildProcess } from 'node:child_process';
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

/** Processes that keep every core busy until stopped, as other work on a shared machine does. */
function busyLoops(count: number): ChildProcess[] {
  return Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

describe('a build is reproducible', () => {
  it('writes the same bytes for the same guide, whatever order lessons compile in and however busy the machine is', async () => {
    // Several lessons with code in several languages, some lines long: code colours become
    // classes, lessons compile concurrently, and a highlighter with a time limit would give
    // up on a line partway when the machine is busy, so any of these would show here.
    const long = (line: string) => Array.from({ length: 12 }, () => line).join(' ');
    const lesson = (n: number, lang: string, code: string) =>
      `---\ntitle: Lesson ${n}\n---\n\n## Code\n\n\`\`\`${lang}\n${code}\n\`\`\`\n\n<Question id="q-${n}">\nWhich?\n\n<Choice correct>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n`;
    const { content } = makeGuide({
      'a.mdx': lesson(1, 'yaml', `image: app:1.4.2\nreplicas: 3\nlabels: { ${long('tier: web, team: "release",')} }`),
      'b.mdx': lesson(2, 'sh', `docker build -t app:1.4.2 . && echo "done"\n${long('kubectl rollout status deploy/app --timeout=60s &&')} true`),
      'c.mdx': lesson(3, 'ts', `const answer: number = 42; // why\n${long('const f = async <T,>(x: Promise<T>): Promise<T> => (await x) ?? x;')}`),
      'd.mdx': lesson(4, 'json', `{ "enabled": true, "ratio": 0.25, "list": [${long('{ "a": [1, 2, { "b": "c" }] },')} null] }`),
      'e.mdx': lesson(5, 'markdown', `# Title\n\n${long('Some *emphasis*, `code`, [a link](https://example.org) and <b>html</b>.')}`),
    });
    const outs = [mkdtempSync(join(tmpdir(), 'mnemo-repro-a-')), mkdtempSync(join(tmpdir(), 'mnemo-repro-b-'))];
    const first = await buildSite({ root: ROOT, content, out: outs[0]!, base: '/' });
    expect(first.ok, first.output).toBe(true);
    const loops = busyLoops(3);
    try {
      const second = await buildSite({ root: ROOT, content, out: outs[1]!, base: '/' });
      expect(second.ok, second.output).toBe(true);
    } finally {
      for (const loop of loops) loop.kill();
    }
    const [quiet, busy] = outs.map(files) as [Map<string, string>, Map<string, string>];
    expect([...busy.keys()].sort()).toEqual([...quiet.keys()].sort());
    const differing = [...quiet].filter(([path, text]) => busy.get(path) !== text).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(quiet.get('_mnemo/code.css')).toMatch(/^\.mn-s[0-9a-z]{5}\{color:/);
  }, 600_000);
});
