import { describe, expect, it } from 'vitest';
import { survey } from './helpers';

const ids = (source: string, options?: Parameters<typeof survey>[1]) => survey(source, options).anchors.map((a) => `${a.line} ${a.id}${a.heading ? ' (heading)' : ''}`);

describe("a lesson page's ids, known before it renders", () => {
  it("gives headings Astro's ids: github-slugger on the text after smart punctuation, repeats numbered", () => {
    expect(ids("## It's *the* `best` -- really\n\n## Setup\n\n## Setup\n")).toEqual(['1 its-the-best--really (heading)', '3 setup (heading)', '5 setup-1 (heading)']);
  });

  it('drops the title heading the page shows as its own <h1>', () => {
    expect(ids('# Title\n\n## Part\n', { titleLine: 1 })).toEqual(['3 part (heading)']);
  });

  it('includes headings inside self-checks, footnotes and ids written in HTML or JSX', () => {
    const source = 'Text[^1].\n\n<a id="legacy"></a>\n\n<Question id="q">\nWhich?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n\n<Explanation>\n### Why\n</Explanation>\n</Question>\n\n[^1]: A note.\n';
    expect(ids(source)).toEqual(expect.arrayContaining(['3 legacy', '12 why (heading)', '1 user-content-fnref-1', '16 user-content-fn-1']));
  });

  it('reads ids from raw HTML in a .md lesson', () => {
    expect(ids('<a id="legacy"></a>\n\n## Next\n', { format: 'md' })).toEqual(['1 legacy', '3 next (heading)']);
  });
});
