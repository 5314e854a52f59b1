/**
 * Rows of an Anki text export as notes, with Anki's column mapping (rslib
 * import_export/text/csv: metadata.rs and import.rs). Columns named by `#notetype column`,
 * `#deck column`, `#tags column` and `#guid column` are not fields. With a notetype column every
 * other column is a field, in order. Otherwise the notes take Anki's default notetype, Basic,
 * whose two fields are the first two other columns, and (without `#tags column`) the next other
 * column holds the tags.
 *
 * One deliberate difference: Anki counts the columns of the first row only, so in a file whose
 * first row is short the answers of longer rows are dropped; here every row counts.
 */
import type { AnkiRow } from './csv.ts';
import type { AnkiHeader } from './header.ts';

/** One note as read from its row. */
export interface AnkiNote {
  line: number;
  /** The field values, in the notetype's field order. */
  fields: string[];
  /** Notetype name, from its column or `#notetype:`; undefined when the file does not say. */
  notetype?: string;
  /** Deck name, from its column or `#deck:`. */
  deck?: string;
  tags: string[];
  guid?: string;
}

/** The Basic notetype's field count, used when the file names no notetype per row. */
const DEFAULT_FIELDS = 2;

function at(row: AnkiRow, column: number): string | undefined {
  return column > 0 ? row.fields[column - 1] : undefined;
}

/**
 * The notes of the rows.
 * @example ankiNotes([{ line: 1, fields: ['front', 'back', 'tag1 tag2'] }], header)[0].tags // ['tag1', 'tag2']
 */
export function ankiNotes(rows: readonly AnkiRow[], header: AnkiHeader): AnkiNote[] {
  const width = Math.max(header.columns.length, ...rows.map((row) => row.fields.length));
  const meta = new Set([header.notetypeColumn, header.deckColumn, header.tagsColumn, header.guidColumn].filter((n) => n > 0));
  const free = Array.from({ length: width }, (_, index) => index + 1).filter((column) => !meta.has(column));
  const perRow = header.notetypeColumn > 0;
  const fieldColumns = perRow ? free : free.slice(0, DEFAULT_FIELDS);
  const lastField = Math.max(0, ...fieldColumns);
  const tagsColumn = header.tagsColumn || (perRow ? 0 : (free.find((column) => column > lastField) ?? 0));
  return rows.map((row) => {
    const notetype = at(row, header.notetypeColumn) ?? header.notetype;
    const deck = at(row, header.deckColumn) ?? header.deck;
    const guid = at(row, header.guidColumn);
    const tags = [...header.tags, ...(at(row, tagsColumn) ?? '').split(/\s+/).filter(Boolean)];
    return {
      line: row.line,
      fields: fieldColumns.map((column) => at(row, column) ?? ''),
      ...(notetype ? { notetype } : {}),
      ...(deck ? { deck } : {}),
      tags,
      ...(guid ? { guid } : {}),
    };
  });
}
