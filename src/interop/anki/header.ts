/**
 * The header of an Anki text export (Anki 2.1.55+ "Notes in Plain Text"), read as Anki's
 * rslib import_export/text/csv/metadata.rs reads it: `#key:value` lines at the top
 * (`separator`, `html`, `tags`, `columns`, `notetype`, `deck`, `notetype column`,
 * `deck column`, `tags column`, `guid column`), or an old `tags:` first line. Without
 * `#separator`, the separator is the first of tab, pipe, semicolon, colon, comma and space
 * found in the first 8 KiB after the header (space if none); without `#html`, fields are HTML
 * when any field of the first five rows holds something like a tag.
 */
import type { AnkiRow } from './csv.ts';

/** What the header says; columns are 1-based, 0 when absent. */
export interface AnkiHeader {
  delimiter: string;
  /** True when `#separator:` named it; false when it was inferred. */
  delimiterGiven: boolean;
  /** From `#html:`; undefined when it must be inferred from the rows. */
  html?: boolean;
  /** Tags for every note (`#tags:` or an old `tags:` first line). */
  tags: string[];
  /** `#columns:` labels, empty when not given. */
  columns: string[];
  notetype?: string;
  deck?: string;
  notetypeColumn: number;
  deckColumn: number;
  tagsColumn: number;
  guidColumn: number;
}

// Anki's Delimiter enum, in the order its inference tries them.
const DELIMITERS: [name: string, char: string][] = [
  ['tab', '\t'],
  ['pipe', '|'],
  ['semicolon', ';'],
  ['colon', ':'],
  ['comma', ','],
  ['space', ' '],
];

function delimiterFrom(value: string): string | undefined {
  const normed = value.toLowerCase();
  return DELIMITERS.find(([name, char]) => normed.trim() === name || normed === char)?.[1];
}

function column(value: string): number | undefined {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 0 && value.trim() !== '' ? n : undefined;
}

function apply(header: AnkiHeader, key: string, value: string): void {
  const name = key.trim().toLowerCase();
  if (name === 'separator') {
    const delimiter = delimiterFrom(value);
    if (delimiter !== undefined) Object.assign(header, { delimiter, delimiterGiven: true });
  } else if (name === 'html') {
    // Rust's bool parse: exactly `true` or `false` once lowercased.
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'false') header.html = lower === 'true';
  } else if (name === 'tags') {
    header.tags = value.split(/\s+/).filter(Boolean);
  } else if (name === 'columns') {
    header.columns = value.split(header.delimiter);
  } else if (name === 'notetype' || name === 'deck') {
    header[name] = value.trim();
  } else {
    const keys: Record<string, 'notetypeColumn' | 'deckColumn' | 'tagsColumn' | 'guidColumn'> = {
      'notetype column': 'notetypeColumn',
      'deck column': 'deckColumn',
      'tags column': 'tagsColumn',
      'guid column': 'guidColumn',
    };
    const field = keys[name];
    const n = column(value);
    if (field && n !== undefined) header[field] = n;
  }
}

/**
 * Reads the header lines of an Anki text export and settles the separator.
 * @example readHeader('#separator:Pipe\n#html:false\na|b\n').delimiter // '|'
 */
export function readHeader(text: string): AnkiHeader {
  const header: AnkiHeader = {
    delimiter: '\t',
    delimiterGiven: false,
    tags: [],
    columns: [],
    notetypeColumn: 0,
    deckColumn: 0,
    tagsColumn: 0,
    guidColumn: 0,
  };
  const lines = text.replace(/^\uFEFF/, '').split(/(?<=\n)/);
  let used = 0;
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\r?\n$/, '');
    if (index === 0 && line.startsWith('tags:')) {
      header.tags = line.slice(5).split(/\s+/).filter(Boolean);
    } else if (line.startsWith('#')) {
      const colon = line.indexOf(':');
      if (colon !== -1) apply(header, line.slice(1, colon), line.slice(colon + 1));
    } else {
      break;
    }
    used += raw.length;
  }
  if (!header.delimiterGiven) {
    const sample = lines.join('').slice(used, used + 8192);
    header.delimiter = DELIMITERS.find(([, char]) => sample.includes(char))?.[1] ?? ' ';
  }
  return header;
}

/** Anki's is_html: a field holds HTML when it has anything between `<` and `>`. */
export function looksLikeHtml(rows: readonly AnkiRow[]): boolean {
  return rows.slice(0, 5).some((row) => row.fields.some((field) => /<[\s\S]*?>/.test(field)));
}
