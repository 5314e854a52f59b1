import Slugger from 'github-slugger';
import { markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { anchorsOf, type AnchorNode } from '../../../src/lib/survey/anchors';
import { satteriAnchorsPlugin } from '../../../src/lib/survey/satteri-anchors';
import type { PageAnchor } from '../../../src/lib/survey/types';

/** The text of a plain tree, as Sätteri's `textContent` reads it. */
const textOf = (node: AnchorNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** The ids the compile's visitors find, and those a walk of the whole tree finds (`anchorsOf`), for one lesson. */
async function both(value: string, format: 'md' | 'mdx'): Promise<{ visited: PageAnchor[]; walked: PageAnchor[] }> {
  let visited: PageAnchor[] = [];
  let tree: AnchorNode | undefined;
  const capture: HastPluginDefinition = { name: 'capture', options: { position: true }, before: (root) => void (tree = JSON.parse(JSON.stringify(root, (key, v) => (key.startsWith('_') ? undefined : v)))) };
  const anchors = satteriAnchorsPlugin('anchors', () => 2, (_, found) => (visited = found));
  const compile = { hastPlugins: [capture, anchors], features: { gfm: true }, fileURL: new URL('file:///site/lesson.' + format) };
  if (format === 'md') await markdownToHtml(value, compile);
  else await mdxToJs(value, { ...compile, jsxImportSource: 'astro' });
  const slugger = new Slugger();
  return { visited, walked: anchorsOf(tree!, (heading) => slugger.slug(textOf(heading)), (line) => line + 2) };
}

describe("the compile's reading of a page's ids", () => {
  it('finds what a walk of the whole tree finds, in the same order: headings (repeated ones too), footnotes and ids written in JSX', async () => {
    const lesson = '## Setup\n\nText with a note.[^1]\n\n<div id="box">\n\n## Setup\n\n</div>\n\nSee <a name="old">here</a> and <span id={"computed"}>x</span>.\n\n### Last *one*\n\n[^1]: The note.\n';
    const { visited, walked } = await both(lesson, 'mdx');
    expect(visited).toEqual(walked);
    expect(visited.map((a) => `${a.line} ${a.id}${a.heading ? ' (heading)' : ''}`)).toEqual([
      '3 setup (heading)',
      '5 user-content-fnref-1',
      '7 box',
      '9 setup-1 (heading)',
      '13 old',
      '15 last-one (heading)',
      '3 footnote-label (heading)',
      '17 user-content-fn-1',
    ]);
  });

  it('reads ids written in raw HTML in a Markdown lesson', async () => {
    const { visited, walked } = await both('# Title\n\n<p id="raw-one">x</p>\n\n<a name="raw-two"></a>\n', 'md');
    expect(visited).toEqual(walked);
    expect(visited.map((a) => a.id)).toEqual(['title', 'raw-one', 'raw-two']);
  });
});
