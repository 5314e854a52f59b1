/**
 * Splitting a GIFT file into question blocks as Moodle reads it (qformat_default::readquestions
 * and qformat_gift::readquestion): a question is everything between blank lines; every line is
 * trimmed; lines starting with `//` are comments, where Moodle 4 reads `[id:...]` and
 * `[tag:...]`.
 */

/** One question block of a GIFT file. */
export interface GiftBlock {
  /** Line of its first non-comment line (1-based), for reports. */
  line: number;
  /** The comment lines, trimmed, `//` included. */
  comments: string[];
  /** The other lines, trimmed, joined by `\n`. Empty for a block of comments only. */
  text: string;
}

/**
 * The question blocks of a GIFT file, in order. A UTF-8 byte order mark and old Mac line
 * endings are handled as Moodle's readdata does.
 * @example giftBlocks('// c\nQ1 {T}\n\nQ2 {F}').map((b) => b.line) // [2, 4]
 */
export function giftBlocks(source: string): GiftBlock[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const blocks: GiftBlock[] = [];
  let current: { first: number; comments: string[]; body: string[] } | undefined;
  const close = () => {
    if (current) blocks.push({ line: current.first, comments: current.comments, text: current.body.join('\n') });
    current = undefined;
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      close();
      return;
    }
    current ??= { first: 0, comments: [], body: [] };
    if (line.startsWith('//')) {
      current.comments.push(line);
    } else {
      if (current.first === 0) current.first = index + 1;
      current.body.push(line);
    }
  });
  close();
  return blocks.filter((block) => block.text !== '');
}
