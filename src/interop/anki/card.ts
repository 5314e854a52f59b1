/**
 * Anki Basic notes (and any other two-field note type) as flashcards: the first field is the
 * front, as plain text; the second is the back, as Markdown.
 */
import type { Card } from '../model.ts';
import { fieldMdx, fieldText } from './fields.ts';
import { reportExtraFields, type NoteContext } from './note-context.ts';
import type { AnkiNote } from './notes.ts';

/** A note as a flashcard. */
export function flashcard(note: AnkiNote, ctx: NoteContext): Card {
  const [front = '', back = ''] = note.fields;
  reportExtraFields(note.fields, ctx);
  return { id: ctx.id, line: note.line, front: fieldText(front, ctx.format), back: fieldMdx(back, ctx.format, ctx.found) };
}
