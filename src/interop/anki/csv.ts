/**
 * Reading the rows of an Anki text export as Anki does (rslib import_export/text/csv: the Rust
 * `csv` crate with no header row, rows of any length, `#` starting a comment line, and `"`
 * quoting where `""` stands for one quote and a quoted field may span lines).
 */

/** One row of the file. */
export interface AnkiRow {
  /** Line where the row starts (1-based). */
  line: number;
  fields: string[];
}

/**
 * Every row of `text` split at `delimiter`, skipping empty lines and `#` comment lines (which
 * include the header directives). A first line starting with `tags:` is skipped, as Anki does.
 * @example ankiRows('#separator:tab\nfront\tback\n', '\t') // [{ line: 2, fields: ['front', 'back'] }]
 */
export function ankiRows(text: string, delimiter: string): AnkiRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: AnkiRow[] = [];
  let at = source.startsWith('tags:') ? lineEnd(source, 0) : 0;
  let line = at === 0 ? 1 : 2;
  while (at < source.length) {
    const char = source[at];
    if (char === '\n' || char === '\r') {
      at = skipNewline(source, at);
      line += 1;
      continue;
    }
    if (char === '#') {
      at = lineEnd(source, at);
      line += 1;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      const field = readField(source, at, delimiter);
      fields.push(field.value);
      line += field.newlines;
      at = field.end;
      if (source[at] !== delimiter) break;
      at += 1;
    }
    rows.push({ line: start, fields });
    if (at < source.length) {
      at = skipNewline(source, at);
      line += 1;
    }
  }
  return rows;
}

/** The index just past the end of the line holding `at` (past its line break). */
function lineEnd(source: string, at: number): number {
  const end = source.slice(at).search(/\r\n|\n|\r/);
  return end === -1 ? source.length : skipNewline(source, at + end);
}

function skipNewline(source: string, at: number): number {
  return source.startsWith('\r\n', at) ? at + 2 : at + 1;
}

/**
 * One field from `at`: its value, the index where it ends (its delimiter, the line break that
 * ends the row, or the end of the text), and how many line breaks its quoted part holds.
 */
function readField(source: string, at: number, delimiter: string): { value: string; end: number; newlines: number } {
  let value = '';
  let newlines = 0;
  let i = at;
  if (source[i] === '"') {
    for (i += 1; i < source.length; i += 1) {
      if (source[i] === '"') {
        if (source[i + 1] !== '"') break;
        i += 1;
      } else if (source[i] === '\n' || (source[i] === '\r' && source[i + 1] !== '\n')) {
        newlines += 1;
      }
      value += source[i];
    }
    i += 1;
  }
  // Unquoted text, or anything after a closing quote, runs to the delimiter or the line break.
  while (i < source.length && source[i] !== delimiter && source[i] !== '\n' && source[i] !== '\r') {
    value += source[i];
    i += 1;
  }
  return { value, end: Math.min(i, source.length), newlines };
}
