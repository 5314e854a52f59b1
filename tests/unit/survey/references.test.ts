import { describe, expect, it } from 'vitest';
import { survey } from './helpers';

const refs = (source: string, format: 'md' | 'mdx' = 'mdx') => survey(source, { format }).references.map((r) => `${r.line}:${r.column} ${r.kind} ${r.url}`);

describe('the links and images a lesson writes', () => {
  it('lists Markdown links and images, references included, where they are written', () => {
    expect(refs('See [a](../a/) and ![b](./b.svg).\n\nAlso [c][c] and ![d][d].\n\n[c]: /c/\n[d]: ./d.png\n')).toEqual([
      '1:5 link ../a/',
      '1:20 image ./b.svg',
      '3:6 link /c/',
      '3:17 image ./d.png',
    ]);
  });

  it('lists href and src of HTML in .md and of JSX in .mdx', () => {
    expect(refs('<a href="/x/">x</a> <img src="/y.svg">\n', 'md')).toEqual(['1:1 link /x/', '1:21 link /y.svg']);
    expect(refs('<a href="/x/">x</a>\n\n<img src="/y.svg" />\n')).toEqual(['1:4 link /x/', '3:6 link /y.svg']);
  });

  it("lists links in text attributes' Markdown, at the attribute", () => {
    expect(refs('<Question id="q">\nWhich?\n\n<Choice correct feedback="See [the guide](/guide-page/).">A</Choice>\n<Choice>B</Choice>\n</Question>\n')).toEqual(['4:17 link /guide-page/']);
  });
});
