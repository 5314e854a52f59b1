/**
 * The text a reader sees in HTML or Markdown, as plain text: for JSX attribute values (a card's
 * front, an option's feedback, a pair's prompt) and for accepted answers, which are strings.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Collapses runs of whitespace, as a text attribute is shown on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text a reader sees in an HTML fragment, on one line (for attributes and answers). */
export function htmlToText(html: string): string {
  return oneLine(toText(fromHtml(html, { fragment: true })));
}

/** The text a reader sees in Markdown, on one line (for attributes and answers). */
export function markdownToText(markdown: string): string {
  return oneLine(toString(unified().use(remarkParse).use(remarkGfm).parse(markdown)));
}

/**
 * The text of an HTML fragment with its line breaks kept (`<br>`, blocks), for fields whose
 * HTML only wraps text that is itself Markdown (Anki's Markdown note types).
 */
export function htmlToLines(html: string): string {
  return toText(fromHtml(html, { fragment: true }), { whitespace: 'pre' }).replace(/\u00a0/g, ' ');
}
