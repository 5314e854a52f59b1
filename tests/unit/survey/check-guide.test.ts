import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPaths } from '../../../src/lib/paths';
import { formatReport } from '../../../src/lib/report';
import { checkGuide } from '../../../src/lib/survey/check-guide';
import { makeGuide } from '../content/helpers';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The report `npm run check` prints for a throwaway guide, as lines `file:line:col message`. */
function problems(files: Record<string, string>): string[] {
  const { content } = makeGuide(files);
  const found = checkGuide(projectPaths(ROOT, { MNEMO_CONTENT: content }), {});
  if (!found.problems.length) return [];
  return formatReport(found.problems, { root: ROOT, guide: content }).split('\n\n').slice(1).map((p) => p.split('\n')[0]!.trim());
}

const question = (id: string) => `<Question id="${id}">\nWhich?\n\n<Choice correct feedback="Yes.">A</Choice>\n<Choice>B</Choice>\n</Question>\n`;

describe('the guide-wide checks, before any page renders', () => {
  it('accepts links to headings, to self-checks and the parts they render, to generated pages, and to public files', () => {
    const links = '[a](../two/#end) [b](../two/#pick) [c](../two/#pick-feedback-0) [d](../two/#why) [e](/#main) [f](/review/) [g](/basics/) [h](/images/x.svg) [i](/favicon.svg)';
    expect(
      problems({
        'one.mdx': `---\ntitle: One\n---\n\n${links}\n`,
        'two.mdx': `---\ntitle: Two\n---\n\n## End\n\n${question('pick').replace('</Question>', '<Explanation>\n### Why\n</Explanation>\n</Question>')}`,
        'basics/three.mdx': '---\ntitle: Three\n---\n\nText.\n',
        'public/images/x.svg': '<svg/>',
      }),
    ).toEqual([]);
  });

  it('reports a heading that takes the id of a self-check on its page, at the heading', () => {
    expect(problems({ 'one.mdx': `---\ntitle: One\n---\n\n## Pick\n\n${question('pick')}` })).toEqual([
      'one.mdx:5:1: This heading gets the id `pick`, which the question at line 7 also has, so links to `#pick` are ambiguous.',
    ]);
  });

  it('reports a heading that takes an id of the page layout', () => {
    expect(problems({ 'one.mdx': '---\ntitle: One\n---\n\n## Main\n' })).toEqual([
      "one.mdx:5:1: This heading gets the id `main`, which the page's layout also has, so links to `#main` are ambiguous.",
    ]);
  });

  it('reports a missing image beside the lesson or in public/, with the closest name', () => {
    expect(
      problems({
        'one.mdx': '---\ntitle: One\n---\n\n![x](./flwo.svg) ![y](/images/logo.png)\n',
        'flow.svg': '<svg/>',
        'public/images/logo.svg': '<svg/>',
      }),
    ).toEqual([
      'one.mdx:5:1: The image `./flwo.svg` is missing: there is no file `./flwo.svg` relative to this lesson.',
      "one.mdx:5:18: The image `/images/logo.png` is not in the guide's `public/` folder.",
    ]);
  });

  it("never reads the guide's public/ folder as lessons", () => {
    expect(problems({ 'one.mdx': '---\ntitle: One\n---\n\nText.\n', 'public/notes/readme.md': '# Not a lesson\n\n{braces}\n' })).toEqual([]);
  });
});
