/**
 * The one escaping module of import and export: whatever the text, the MDX it writes parses,
 * and a reader sees the same characters the source showed.
 */
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { headingToMdx, htmlToMdx, jsxAttribute, markdownToMdx, textToMdx } from '../../../src/interop/mdx-text.ts';
import { htmlToText, markdownToText } from '../../../src/interop/plain-text.ts';

/** The text a reader sees in MDX (fails when it does not parse). */
function shown(mdx: string): string {
  return toString(unified().use(remarkParse).use(remarkMdx).parse(mdx));
}

/** The value of `name` on `<X ... />` as MDX reads it. */
function attributeValue(attribute: string): unknown {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(`<X ${attribute} />`);
  const element = tree.children[0] as { attributes: { value: unknown }[] };
  const value = element.attributes[0]?.value;
  if (typeof value === 'string' || value === null) return value;
  return JSON.parse((value as { value: string }).value);
}

describe('textToMdx', () => {
  it.each([
    ['braces', 'Use {x} and }'],
    ['angle brackets', 'if a < b and b > c, <br> is not a tag'],
    ['Markdown marks', 'a * b * c, snake_case_name, `tick`, [link](x), # not a heading'],
    ['line starts', '- not a list\n1. not a list\n> not a quote'],
    ['ES module keywords', 'import this\nexport that'],
    ['HTML entities', 'AT&T &amp; &lt;'],
  ])('keeps %s as text', (_, text) => {
    // Line breaks are kept as `break` nodes, which carry no text.
    expect(shown(textToMdx(text))).toBe(text.replace(/\n/g, ''));
  });

  it('escapes braces and angle brackets the way MDX asks', () => {
    expect(textToMdx('{a} <b>')).toBe('\\{a\\} \\<b>');
  });

  it('keeps line breaks and paragraphs', () => {
    expect(textToMdx('one\ntwo\n\nthree')).toBe('one\\\ntwo\n\nthree');
  });
});

describe('htmlToMdx', () => {
  it('turns formatting into Markdown', () => {
    expect(htmlToMdx('<p>Who is <em>Indonesia\'s</em> 1st <strong>president</strong>?<br></p>')).toBe(
      "Who is *Indonesia's* 1st **president**?",
    );
  });

  it('decodes entities and escapes what MDX would read', () => {
    const mdx = htmlToMdx('$ ln -s &lt;file&gt; {target} &amp;&nbsp;x');
    expect(shown(mdx)).toBe('$ ln -s <file> {target} &\u00a0x');
  });

  it('drops comments and tags that show nothing, keeping their text', () => {
    expect(htmlToMdx('<font color="#fd8008">lsblk</font><!-- note --></div>')).toBe('lsblk');
  });

  it('replaces a local image by its name and reports it', () => {
    const media: string[] = [];
    expect(htmlToMdx('See <img src="paste-1.jpg">', { media })).toBe('See \\[image: paste-1.jpg]');
    expect(media).toEqual(['paste-1.jpg']);
  });

  it('keeps remote links, and keeps only the text of links into the source site', () => {
    const links: string[] = [];
    expect(htmlToMdx('<a href="https://x.org/a_b">x</a> and <a href="ch04.html#y">ch 4</a>', { links })).toBe('[x](https://x.org/a_b) and ch 4');
    expect(links).toEqual(['ch04.html#y']);
  });
});

describe('markdownToMdx', () => {
  it('keeps code as code and escapes prose braces', () => {
    const mdx = markdownToMdx('Use `Vec<T>` for {n}:\n\n```rust\nfn main() { }\n```');
    expect(mdx).toBe('Use `Vec<T>` for \\{n}:\n\n```rust\nfn main() { }\n```'.replace('{n}', '{n\\}'));
    expect(shown(mdx)).toContain('fn main() { }');
  });

  it('reads raw HTML as a Markdown renderer shows it', () => {
    expect(markdownToMdx('x <b>bold</b> y<br>z')).toBe('x **bold** y\\\nz');
  });

  it('lets a transform rewrite the tree', () => {
    const mdx = markdownToMdx('```ide\nfn f() {}\n```', {
      transform: (tree) => {
        for (const node of tree.children) if (node.type === 'code') node.lang = 'rust';
      },
    });
    expect(mdx).toBe('```rust\nfn f() {}\n```');
  });
});

describe('plain text for attributes', () => {
  it('reads HTML and Markdown as one line of text', () => {
    expect(htmlToText('a<br>b &lt;c&gt; <b>d</b>')).toBe('a b <c> d');
    expect(markdownToText('In the `ln -s` command, **what**?')).toBe('In the ln -s command, what?');
  });
});

describe('headingToMdx', () => {
  it('escapes what would end or break the heading', () => {
    expect(shown(headingToMdx('Unit 1: {Topic} #2 #', 2))).toBe('Unit 1: {Topic} #2 #');
  });
});

describe('jsxAttribute', () => {
  it.each([
    ['plain text', 'feedback', 'Very good!', 'feedback="Very good!"'],
    ['quotes', 'feedback', 'Say "hi"', 'feedback={"Say \\"hi\\""}'],
    ['an ampersand', 'front', 'AT&amp;T', 'front={"AT&amp;T"}'],
    ['braces and brackets', 'prompt', '{x} <y>', 'prompt={"{x} <y>"}'],
    ['a line break and a backslash', 'front', 'a\\b\nc', 'front={"a\\\\b\\nc"}'],
  ])('writes a string with %s so MDX reads it back unchanged', (_, name, value, expected) => {
    const attribute = jsxAttribute(name, value);
    expect(attribute).toBe(expected);
    expect(attributeValue(attribute)).toBe(value);
  });

  it('writes lists, numbers and booleans as literals', () => {
    expect(jsxAttribute('accept', ['a}', '"q"'])).toBe('accept={["a}", "\\"q\\""]}');
    expect(attributeValue(jsxAttribute('accept', ['a}', '"q"']))).toEqual(['a}', '"q"']);
    expect(jsxAttribute('number', -1.5)).toBe('number={-1.5}');
    expect(jsxAttribute('correct', true)).toBe('correct');
    expect(jsxAttribute('shuffle', false)).toBe('shuffle={false}');
    expect(() => jsxAttribute('number', Number.NaN)).toThrow(/finite/);
  });
});
