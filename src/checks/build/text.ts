/**
 * Plain text of mdast content: for derived ids, the manifest, and deciding whether a stem,
 * choice, hint or card back is empty.
 */
import { tokenizer, tokTypes } from 'acorn';
import type { Nodes } from 'mdast';
import type { Node } from 'unist';
import { isComponent, isParent } from './mdx';

/** How a `<Blank>` reads in plain text: a gap, as on a paper test. */
export const BLANK_TEXT = '_____';

// Inline containers: their text runs on without a separating space.
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);
// Nodes that render something even without text.
const VISUAL = new Set(['image', 'imageReference', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function collect(node: Node, out: string[]): void {
  const value = (node as { value?: unknown }).value;
  if (isComponent(node, 'Blank')) {
    out.push(BLANK_TEXT);
    return;
  }
  if (node.type === 'image' || node.type === 'imageReference') {
    out.push((node as { alt?: string | null }).alt ?? '');
  } else if (node.type === 'break') {
    out.push(' ');
  } else if (typeof value === 'string' && !node.type.startsWith('mdx')) {
    out.push(value);
  }
  if (isParent(node)) {
    for (const child of node.children) collect(child, out);
    if (!INLINE.has(node.type)) out.push(' ');
  }
}

/**
 * The text of nodes with markup removed and whitespace collapsed; code counts as text,
 * an image as its alt text, a `<Blank>` as `BLANK_TEXT`.
 * @example plainText(parse('What is *drift*?').children) // 'What is drift?'
 */
export function plainText(nodes: readonly Node[]): string {
  const out: string[] = [];
  for (const node of nodes) collect(node, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Whether an MDX expression holds only a comment, like `{/* note *\/}`: it renders nothing. */
function isCommentExpression(node: Node): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const program = (node as { data?: { estree?: { body: unknown[] } | null } }).data?.estree;
  if (program) return program.body.length === 0;
  // Sätteri hands over the source text only: a comment leaves no token in it.
  return onlyComments(String((node as Node & { value?: unknown }).value ?? ''));
}

function onlyComments(source: string): boolean {
  try {
    return tokenizer(source, { ecmaVersion: 'latest' }).getToken().type === tokTypes.eof;
  } catch {
    return false;
  }
}

/**
 * Whether a node renders nothing a learner sees (blank text, a comment, a link definition),
 * so it neither fills a stem nor breaks the order of a question's parts.
 */
export function isInvisible(node: Node): boolean {
  if (node.type === 'text') return String((node as Node & { value?: unknown }).value).trim() === '';
  return node.type === 'definition' || isCommentExpression(node);
}

function hasVisual(node: Node): boolean {
  if (VISUAL.has(node.type)) return true;
  if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentExpression(node)) {
    return true;
  }
  return isParent(node) && node.children.some(hasVisual);
}

/** Whether nodes show the learner anything: text, code, an image or a component. */
export function hasContent(nodes: readonly Nodes[]): boolean {
  return plainText(nodes) !== '' || nodes.some(hasVisual);
}
