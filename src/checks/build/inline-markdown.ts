/**
 * Text attributes an author writes (a choice's `feedback`, a flashcard's `front`, a deck's
 * `title`) take inline Markdown, like a choice's text: backticks, emphasis, links. The value is
 * parsed as one paragraph (block syntax and raw HTML stay text, so `1. First` or `<b>` show
 * as written), with the smart punctuation lessons get. The spec keeps its plain text; the
 * rewrite puts the nodes in a named slot, so the compile renders them like any prose.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import type { Processor } from 'unified';
import { readAttribute, readString } from './attribute-values';
import { markdownPackages } from './markdown-packages';
import { getAttribute, type ComponentName, type JsxElement } from './mdx';
import type { CheckContext } from './report';
import { plainText } from './text';
import { eachNode } from './walk';

/** The attributes read as inline Markdown, by component. */
export const MARKDOWN_ATTRIBUTES: Partial<Record<ComponentName, readonly string[]>> = {
  Choice: ['feedback'],
  Flashcard: ['front'],
  Deck: ['title'],
};

/** micromark's block constructs and raw HTML, switched off: an attribute is one line of prose. */
const BLOCKS = ['blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'htmlText', 'list', 'setextUnderline', 'thematicBreak', 'gfmFootnoteDefinition', 'table'];

function inlineOnly(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: BLOCKS } });
}

/** Made on first use: most values are plain prose (`isPlainProse`), which is not parsed. */
function makeProcessor() {
  const { unified, remarkParse, remarkGfm, remarkSmartypants } = markdownPackages();
  return unified().use(remarkParse).use(remarkGfm).use(inlineOnly).use(remarkSmartypants).freeze();
}
let processor: ReturnType<typeof makeProcessor> | undefined;

/** What an attribute's value reads as: its nodes for rendering and its plain text for the spec. */
export interface InlineText {
  nodes: PhrasingContent[];
  /** Markup removed, whitespace collapsed, e.g. `Use kubectl` for ``Use `kubectl` ``. */
  text: string;
}

const parsed = new WeakMap<MdxJsxAttribute, InlineText>();

/**
 * Letters, digits, spaces and punctuation that neither Markdown, GFM nor smart punctuation
 * changes on one line (no `--`, `...`, `://`, `www.`): parsing such a value gives back one text
 * node with the value as it is, so it is not parsed (most feedback is plain prose, and a parse
 * costs about a millisecond).
 */
function isPlainProse(value: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N} ,.;:?()%+=/-]*$/u.test(value) && !/[\s]$|--|\.\.|:\/\/|www\./i.test(value);
}

/**
 * The value as inline Markdown; paragraphs an empty line would make are joined by a space.
 * Positions are dropped: they would count from the attribute, not the file.
 * @example inlineMarkdown('Use `kubectl`').text // 'Use kubectl'
 */
export function inlineMarkdown(value: string): InlineText {
  if (isPlainProse(value)) {
    const nodes: PhrasingContent[] = [{ type: 'text', value }];
    return { nodes, text: plainText(nodes) };
  }
  processor ??= makeProcessor();
  const tree = processor.runSync(processor.parse(value)) as Root;
  eachNode(tree, (node) => {
    delete node.position;
  });
  const nodes: PhrasingContent[] = [];
  for (const block of tree.children) {
    if (block.type !== 'paragraph') continue;
    if (nodes.length) nodes.push({ type: 'text', value: ' ' });
    nodes.push(...block.children);
  }
  return { nodes, text: plainText(nodes) };
}

/** `inlineMarkdown` of a string attribute, parsed once however often the analysis and the rewrite ask. */
export function attributeMarkdown(attribute: MdxJsxAttribute, value: string): InlineText {
  let result = parsed.get(attribute);
  if (!result) parsed.set(attribute, (result = inlineMarkdown(value)));
  return result;
}

/**
 * A text attribute read as inline Markdown, or undefined when absent or not text (reported,
 * as `readAttribute` does).
 */
export function readMarkdownAttribute(element: JsxElement, name: string, ctx: CheckContext): InlineText | undefined {
  const value = readAttribute(element, name, readString, ctx);
  const attribute = getAttribute(element, name);
  return value === undefined || !attribute ? undefined : attributeMarkdown(attribute, value);
}
