/**
 * What converting one Anki note needs: its id, how its fields are written, and a place to
 * record what was imported with a loss.
 */
import type { Leftovers } from '../leftovers.ts';
import type { FieldFormat } from './fields.ts';

/** One note being converted. */
export interface NoteContext {
  /** The id the note asks for (made unique once it is imported). */
  id: string;
  format: FieldFormat;
  /** Relative links its fields left behind (images are listed from the fields). */
  found: Leftovers;
  /** Losses in words; reported with the file and the note's line. */
  losses: string[];
}

/** Reports non-empty fields after the first two, which Basic and Cloze notes do not have. */
export function reportExtraFields(fields: readonly string[], ctx: NoteContext): void {
  fields.forEach((field, index) => {
    if (index >= 2 && field.trim() !== '') ctx.losses.push(`field ${index + 1} ("${field.slice(0, 40)}") is left out`);
  });
}
