/**
 * Anki field contents as MDX or plain text. With `#html:true` (or inferred HTML) a field is
 * HTML; otherwise Anki escapes it on import, so it is plain text. Note types whose name says
 * "Markdown" (add-ons such as "KaTeX and Markdown") keep Markdown source in the field, wrapped
 * in HTML line breaks; their text is read as Markdown.
 */
import type { Leftovers } from '../leftovers.ts';
import { htmlToMdx, markdownToMdx, textToMdx } from '../mdx-text.ts';
import { htmlToLines, htmlToText, markdownToText } from '../plain-text.ts';

/** How the fields of one note are written. */
export interface FieldFormat {
  html: boolean;
  markdown: boolean;
}

// Anki's IMG_TAG: an <img> and its src, double-quoted, single-quoted or bare.
const IMG = /<img[^>]+src=(?:"([^"]+?)"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)(?: [^>]*>|>))/gi;

/** The images a field refers to (Anki media files, which a text export does not carry). */
export function fieldImages(field: string, format: FieldFormat): string[] {
  if (!format.html) return [];
  return [...field.matchAll(IMG)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

function withImageText(html: string): string {
  return html.replace(IMG, (_, a?: string, b?: string, c?: string) => ` [image: ${a ?? b ?? c}] `);
}

/**
 * The field as MDX; images become `[image: name]` (`fieldImages` lists them), relative links
 * their text (collected in `found.links`).
 */
export function fieldMdx(field: string, format: FieldFormat, found: Leftovers): string {
  if (format.markdown) return markdownToMdx(format.html ? htmlToLines(withImageText(field)) : field, found);
  return format.html ? htmlToMdx(withImageText(field), found) : textToMdx(field);
}

/** The field as plain text on one line (a card's front, an accepted answer). */
export function fieldText(field: string, format: FieldFormat): string {
  if (format.markdown) return markdownToText(format.html ? htmlToLines(withImageText(field)) : field);
  return format.html ? htmlToText(withImageText(field)) : field.replace(/\s+/g, ' ').trim();
}
