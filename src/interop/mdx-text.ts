/**
 * Turning text from other tools (plain text, Markdown, HTML) into MDX that always parses, and
 * writing JSX attribute values. Every importer and exporter escapes through this one module,
 * so a `{`, `<`, quote or stray HTML tag never breaks a lesson.
 *
 * MDX reads `{` as the start of an expression, `<` as a tag and `import`/`export` at the start
 * of a line as ES modules; Markdown reads `*`, `_`, backticks and more as formatting. The text is
 * turned into an mdast tree and printed by `mdast-util-to-markdown` with the MDX and GFM
 * extensions, which escape exactly those characters where they would be read as syntax.
 */
import type { Image, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Options of every conversion. */
export interface TextOptions {
  /**
   * Collects the sources of images that point at local files, which an import cannot bring
   * along: each is replaced by `[image: alt]` (or its file name) and its source pushed here.
   */
  media?: string[];
  /**
   * Collects the targets of relative links (to pages of the source's own site, or anchors in
   * it), which the guide does not have and its link check would reject: each link is kept as
   * its text and its target pushed here.
   */
  links?: string[];
  /** Called on the tree before printing, e.g. to rewrite code blocks. */
  transform?: (tree: Root) => void;
}

// Beyond what the MDX extension escapes: a lone `}` reads as text in MDX but confuses editors,
// and a line starting with `import ` or `export ` would be read as an ES module statement.
const EXTRA_UNSAFE: Unsafe[] = [
  { character: '}', inConstruct: ['phrasing'] },
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

function print(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    bullet: '-',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    unsafe: EXTRA_UNSAFE,
  }).trim();
}

function isParent(node: Nodes): node is Parent & Nodes {
  return 'children' in node;
}

// A URL with a scheme (`https:`, `mailto:`) or a `//` host, as the build's link check sees it.
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Local images (no scheme, or Moodle's @@PLUGINFILE@@) have no file in the imported guide. */
function isLocal(url: string): boolean {
  return !/^(?:https?:|data:)/i.test(url);
}

function imageText(image: Image): string {
  const name = image.url.split(/[/\\]/).pop() ?? image.url;
  return `[image: ${image.alt?.trim() || decodeURIComponent(name)}]`;
}

/**
 * Drops raw HTML left in the tree (comments), replaces local images by their text, and keeps
 * only the text of relative links.
 */
function tidy(node: Nodes, options: TextOptions): void {
  if (!isParent(node)) return;
  const kept: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type === 'html') continue;
    if (child.type === 'link' && !EXTERNAL.test(child.url)) {
      options.links?.push(child.url);
      tidy(child, options);
      kept.push(...child.children);
      continue;
    }
    if (child.type === 'image' && isLocal(child.url)) {
      options.media?.push(child.url);
      kept.push({ type: 'text', value: imageText(child) });
      continue;
    }
    tidy(child, options);
    kept.push(child);
  }
  (node as Parent).children = kept;
}

function finish(tree: Root, options: TextOptions): string {
  tidy(tree, options);
  options.transform?.(tree);
  return print(tree);
}

function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function hasHtml(node: Nodes): boolean {
  if (node.type === 'html') return true;
  return isParent(node) && (node.children as Nodes[]).some(hasHtml);
}

/**
 * MDX for Markdown (CommonMark + GFM) written for another renderer. Raw HTML inside it is
 * read the way a Markdown renderer would show it, then written as Markdown.
 * @example markdownToMdx('Use `Vec<T>` for {n} items') // 'Use `Vec<T>` for \\{n\\} items'
 */
export function markdownToMdx(markdown: string, options: TextOptions = {}): string {
  let tree = parseMarkdown(markdown);
  if (hasHtml(tree)) tree = toMdast(raw(toHast(tree, { allowDangerousHtml: true }))) as Root;
  return finish(tree, options);
}

/**
 * MDX for an HTML fragment (Anki fields, GIFT `[html]` text).
 * @example htmlToMdx('<b>a</b> &lt; b') // '**a** \\< b'
 */
export function htmlToMdx(html: string, options: TextOptions = {}): string {
  return finish(toMdast(fromHtml(html, { fragment: true })) as Root, options);
}

/**
 * MDX for plain text: every character shows as written; a line break stays a line break,
 * a blank line starts a new paragraph.
 * @example textToMdx('2 * 3 < {x}') // '2 \\* 3 \\< \\{x\\}'
 */
export function textToMdx(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
  const children: RootContent[] = paragraphs.map((paragraph) => {
    const phrasing: PhrasingContent[] = [];
    paragraph.trim().split('\n').forEach((line, index) => {
      if (index > 0) phrasing.push({ type: 'break' });
      phrasing.push({ type: 'text', value: line });
    });
    return { type: 'paragraph', children: phrasing };
  });
  return print({ type: 'root', children });
}

/**
 * A Markdown heading of plain text, escaped so that no character reads as syntax.
 * @example headingToMdx('Unit 1: Topic #2', 2) // '## Unit 1: Topic #2'
 */
export function headingToMdx(text: string, depth: 1 | 2 | 3 | 4 | 5 | 6): string {
  return print({ type: 'root', children: [{ type: 'heading', depth, children: [{ type: 'text', value: text.trim() }] }] });
}

// Quoted JSX attribute values take no escapes, and MDX decodes character references in them.
const PLAIN_ATTRIBUTE = /^[^"&\\\r\n{}<>]*$/;

/**
 * One JSX attribute as MDX source: `name` for true, `name={...}` for numbers, booleans and
 * string lists, `name="..."` for plain strings and `name={"..."}` (a JS string literal) for
 * strings holding quotes, ampersands, backslashes, braces, angle brackets or line breaks.
 * @example jsxAttribute('feedback', 'Say "hi"') // 'feedback={"Say \\"hi\\""}'
 * @example jsxAttribute('accept', ['a', 'b']) // 'accept={["a", "b"]}'
 */
export function jsxAttribute(name: string, value: string | number | boolean | readonly string[]): string {
  if (value === true) return name;
  if (typeof value === 'boolean') return `${name}={false}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${name} must be a finite number, not ${value}`);
    return `${name}={${value}}`;
  }
  if (typeof value !== 'string') return `${name}={[${value.map((item) => JSON.stringify(item)).join(', ')}]}`;
  return PLAIN_ATTRIBUTE.test(value) ? `${name}="${value}"` : `${name}={${JSON.stringify(value)}}`;
}
