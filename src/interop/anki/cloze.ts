/**
 * Anki Cloze notes as fill-in-the-blank questions. Each `{{cN::answer}}` or
 * `{{cN::answer::hint}}` in the Text field becomes a `<Blank>` accepting the answer, read as
 * Anki's cloze regex reads it (rslib cloze.rs: the hint starts at the first `::`). Anki makes
 * one card per cloze number; here the note becomes one question holding every blank, so the
 * learner fills them all at once. Hints become the question's hints; the Back Extra field
 * becomes the explanation.
 */
import { textToMdx } from '../mdx-text.ts';
import { blankToken, type BlanksCheck, type TypedAnswer } from '../model.ts';
import { fieldMdx, fieldText } from './fields.ts';
import { reportExtraFields, type NoteContext } from './note-context.ts';
import type { AnkiNote } from './notes.ts';

/** Anki's cloze deletion: number, answer, optional hint. */
export const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/gi;

/**
 * True when a field holds a cloze deletion.
 * @example hasCloze('The {{c1::mitochondria}} is...') // true
 */
export function hasCloze(field: string): boolean {
  return new RegExp(CLOZE.source, 'i').test(field);
}

/** A Cloze note as one question with a blank per deletion. */
export function clozeQuestion(note: AnkiNote, ctx: NoteContext): BlanksCheck {
  const [text = '', extra = ''] = note.fields;
  const blanks: TypedAnswer[] = [];
  const hints: { blank: number; text: string }[] = [];
  const stemSource = text.replace(CLOZE, (_, _number: string, answer: string, hint?: string) => {
    const index = blanks.length;
    blanks.push({ accept: [fieldText(answer, ctx.format)] });
    if (hint !== undefined && hint.trim() !== '') hints.push({ blank: index + 1, text: fieldText(hint, ctx.format) });
    return blankToken(index);
  });
  reportExtraFields(note.fields, ctx);
  const explanation = extra.trim() === '' ? undefined : fieldMdx(extra, ctx.format, ctx.found);
  return {
    kind: 'blanks',
    id: ctx.id,
    line: note.line,
    stem: fieldMdx(stemSource, ctx.format, ctx.found),
    blanks,
    hints: hints.map((hint) => textToMdx(blanks.length > 1 ? `Blank ${hint.blank}: ${hint.text}` : hint.text)),
    ...(explanation === undefined ? {} : { explanation }),
  };
}
