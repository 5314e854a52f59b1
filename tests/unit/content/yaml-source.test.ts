import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlSource } from '../../../src/lib/content/yaml-source';

/** Blocks as authors write them, each read the same by js-yaml (the values) and `yaml` (the lines). */
const BLOCKS = [
  'title: "Canary releases: the first 5%"\ndescription: One sentence.\norder: 2\ntags:\n  - deployment\n  - safety\n',
  "title: It's --- quoted\ntags: [a, 'b c', \"d\"]\ndraft: false\norder: -1.5\n",
  'title: 2024-05-01\nversion: 0x1F\nempty:\nnothing: ~\nflag: yes\ntext: >\n  folded\n  lines\n',
  'exam:\n  questions: 10\n  from:\n    - releasing\n    - tag: safety\n  minutes: 30\n',
  '# only a comment\n',
  '',
];

describe('reading YAML an author wrote', () => {
  it('gives the values YAML 1.2 gives, dates and `yes` as text', () => {
    for (const text of BLOCKS) expect(parseYamlSource(text, 'x.mdx', 2).data ?? null).toEqual(parse(text) ?? null);
    expect(parseYamlSource(BLOCKS[2]!, 'x.mdx').data).toMatchObject({ title: '2024-05-01', flag: 'yes', version: 31 });
  });

  it('finds the line and column of a key, a nested key and a list item, counted from the block start', () => {
    const source = parseYamlSource(BLOCKS[3]!, 'lesson.mdx', 2);
    expect(source.position('exam')).toEqual({ line: 2, column: 1 });
    expect(source.position(['exam', 'minutes'])).toEqual({ line: 7, column: 3 });
    expect(source.position(['exam', 'from', 1])).toEqual({ line: 6, column: 7 });
    expect(source.position('absent')).toEqual({ line: 2, column: 1 });
    expect(source.keys('exam').map((k) => [k.key, k.line])).toEqual([['questions', 3], ['from', 4], ['minutes', 7]]);
  });

  it("reports a block that cannot be read at its line, in the YAML parser's words, with no values", () => {
    const source = parseYamlSource('title: A\ntags: [a, b\norder: 1\n', 'lesson.mdx', 2);
    expect(source.data).toBeUndefined();
    expect(source.problems).toHaveLength(1);
    expect(source.problems[0]).toMatchObject({ file: 'lesson.mdx', line: 4, message: expect.stringMatching(/^This YAML cannot be read: /) });
    const twice = parseYamlSource('title: A\ntitle: B\n', 'lesson.mdx', 2);
    expect(twice.problems.map((p) => [p.line, p.message])).toEqual([[3, 'This YAML cannot be read: Map keys must be unique']]);
  });
});
