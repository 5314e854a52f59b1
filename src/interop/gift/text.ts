/**
 * GIFT texts in their four formats (`[moodle]`, `[html]`, `[markdown]`, `[plain]`) as MDX or as
 * plain text, read the way Moodle shows them: `moodle` (the default) is HTML in which line
 * breaks are kept (Moodle's auto-format), `plain` is text with line breaks kept.
 */
import type { TextFormat } from 'gift-pegjs';
import type { Leftovers } from '../leftovers.ts';
import { htmlToMdx, markdownToMdx, textToMdx } from '../mdx-text.ts';
import { htmlToText, markdownToText } from '../plain-text.ts';

/** The text as MDX; images and relative links left behind are collected in `found`. */
export function giftToMdx(text: TextFormat, found: Leftovers): string {
  switch (text.format) {
    case 'html':
      return htmlToMdx(text.text, found);
    case 'markdown':
      return markdownToMdx(text.text, found);
    case 'plain':
      return textToMdx(text.text);
    default:
      return htmlToMdx(text.text.replace(/\r?\n/g, '<br>'), found);
  }
}

/** The text as a reader sees it, on one line (for attributes and accepted answers). */
export function giftToText(text: TextFormat | null | undefined): string {
  if (!text) return '';
  switch (text.format) {
    case 'markdown':
      return markdownToText(text.text);
    case 'plain':
      return text.text.replace(/\s+/g, ' ').trim();
    default:
      return htmlToText(text.text);
  }
}

// gift-pegjs leaves Moodle's internal placeholders in matching answers; Moodle's
// escapedchar_post turns them back into the characters the author escaped.
const PLACEHOLDERS: Record<string, string> = {
  '&&058;': ':',
  '&&035;': '#',
  '&&061;': '=',
  '&&123;': '{',
  '&&125;': '}',
  '&&126;': '~',
  '&&092;': '\\',
  '&&010': '\n',
};

/**
 * A matching answer as Moodle stores it: escapes resolved, as plain text.
 * @example matchingAnswer('c&&058;d') // 'c:d'
 */
export function matchingAnswer(subanswer: string): string {
  return subanswer.replace(/&&(?:058|035|061|123|125|126|092);|&&010/g, (placeholder) => PLACEHOLDERS[placeholder] ?? placeholder);
}
