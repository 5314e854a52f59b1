/**
 * The words of a Pagefind result, numbered as Pagefind numbers them, so that its match
 * `locations` and `anchors[].location` (word positions) point at the right words in any
 * script. Pure, so it is unit tested.
 *
 * Pagefind splits most languages at whitespace. Chinese, Japanese and Thai have no spaces
 * between words: Pagefind segments them when indexing, and hands the result over in
 * `raw_content`, with a zero-width space (U+200B) between words, spaces kept inside them and
 * `<` `>` escaped as `&lt;` `&gt;`; its `content` is the same text without the separators.
 * (Its own excerpts split `raw_content` the same way.)
 */

/** Pagefind's word separator outside segmented text: whitespace other than U+FEFF. */
const WHITESPACE = /[^\S\uFEFF]+/;
const ZWSP = '\u200B';

/** A result's words, and what goes between two of them when text is shown again. */
export interface PageWords {
  words: string[];
  /** `' '` where words were split at spaces; `''` where spaces stay inside the words. */
  joiner: string;
}

/**
 * Splits `raw` at its zero-width spaces into pieces of `content`: each piece is as long as the
 * text it stands for once `&lt;`/`&gt;` count as one character, so the words come from the
 * learner-visible `content` exactly, whatever it contains.
 */
function segmentedWords(raw: string, content: string): string[] {
  let at = 0;
  return raw.split(ZWSP).map((piece) => {
    const start = at;
    for (let width = 0; width < piece.length && at < content.length; at++) {
      width += content[at] === '<' || content[at] === '>' ? 4 : 1;
    }
    return content.slice(start, at);
  });
}

/**
 * The words Pagefind's positions count.
 * @example pageWords({ content: 'Blue green', raw_content: 'Blue green' }) // { words: ['Blue', 'green'], joiner: ' ' }
 * @example pageWords({ content: '蓝绿部署', raw_content: '蓝绿\u200B部署' }) // { words: ['蓝绿', '部署'], joiner: '' }
 */
export function pageWords(page: { content: string; raw_content?: string }): PageWords {
  if (page.raw_content?.includes(ZWSP)) return { words: segmentedWords(page.raw_content, page.content), joiner: '' };
  return { words: page.content.split(WHITESPACE), joiner: ' ' };
}
