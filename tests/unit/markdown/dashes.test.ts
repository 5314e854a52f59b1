import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { classicDashes } from '../../../src/lib/markdown/dashes';

const paragraph = (value: string, parent?: { type: string; name: string }): Root => ({
  type: 'root',
  children: [parent ? ({ ...parent, attributes: [], children: [{ type: 'text', value }] } as never) : { type: 'paragraph', children: [{ type: 'text', value }] }],
});
const text = (tree: Root) => JSON.stringify(tree).match(/"value":"([^"]*)"/)![1];

describe('dashes as the pages always had them', () => {
  it('turns exactly two hyphens into an em dash and leaves longer runs as written', () => {
    for (const [written, shown] of [['a -- b', 'a — b'], ['a--b', 'a—b'], ['a---b', 'a---b'], ['----', '----'], ['-- x --', '— x —'], ['a - b', 'a - b']]) {
      const tree = paragraph(written);
      classicDashes(tree);
      expect(text(tree)).toBe(shown);
    }
  });

  it('leaves the text of a <style> or <script> written in a lesson alone', () => {
    const tree = paragraph('a -- b', { type: 'mdxJsxTextElement', name: 'style' });
    classicDashes(tree);
    expect(text(tree)).toBe('a -- b');
  });
});
