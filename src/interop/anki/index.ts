/**
 * Importing Anki notes exported as text as one lesson: per Anki deck (in order of first use) a
 * `<Deck>` of flashcards from the Basic-like notes, followed by the Cloze notes as
 * fill-in-the-blank questions; a level-2 heading names each deck when there are several. Guids
 * give the ids; tags go to the lesson's `tags`. Images are not in a text export: their file
 * name stands in for them, and a side that is only an image is not converted.
 */
import { cardProblem, checkProblem } from '../contract.ts';
import { derivedId, guidId } from '../ids.ts';
import { leftoverMessages, leftovers } from '../leftovers.ts';
import type { Block, Card, Check, ImportResult } from '../model.ts';
import { lessonName, lessonTitle, skippedAt, type ImportContext } from '../source.ts';
import { flashcard } from './card.ts';
import { clozeQuestion, hasCloze } from './cloze.ts';
import { ankiRows } from './csv.ts';
import { fieldImages, fieldText } from './fields.ts';
import { looksLikeHtml, readHeader } from './header.ts';
import type { NoteContext } from './note-context.ts';
import { ankiNotes, type AnkiNote } from './notes.ts';

interface DeckGroup {
  name?: string;
  cards: Card[];
  checks: Check[];
}

/** Cloze by note type name, or by content when the file names no note type (Anki would need one chosen). */
function isCloze(note: AnkiNote): boolean {
  return note.notetype ? /cloze/i.test(note.notetype) : hasCloze(note.fields[0] ?? '');
}

/** `Parent::Child` as `Parent / Child`; undefined for Anki's unnamed `Default` deck. */
function deckTitle(name: string | undefined): string | undefined {
  if (!name || name === 'Default') return undefined;
  return name.split('::').map((part) => part.trim()).join(' / ');
}

/**
 * One lesson with every note Mnemo can hold; the rest is listed in `skipped`.
 * @example importAnki({ file: { path: 'deck.txt', text }, ids: new IdRegistry() })
 */
export function importAnki(ctx: ImportContext): ImportResult {
  const { file } = ctx;
  const result: ImportResult = { lessons: [], skipped: [], losses: [] };
  const header = readHeader(file.text);
  const rows = ankiRows(file.text, header.delimiter);
  const html = header.html ?? looksLikeHtml(rows);
  const name = lessonName(file.path);
  const groups = new Map<string, DeckGroup>();
  const tags = new Set<string>();
  for (const note of ankiNotes(rows, header)) {
    const what = `${note.notetype ?? (isCloze(note) ? 'Cloze' : 'Basic')} note`;
    const format = { html, markdown: /markdown/i.test(note.notetype ?? '') };
    if (/image occlusion/i.test(note.notetype ?? '')) {
      result.skipped.push(skippedAt(file, note.line, what, 'an image occlusion needs its image, which a text export does not carry'));
      continue;
    }
    const wanted = note.guid ? guidId(note.guid) : derivedId(name, fieldText(note.fields[0] ?? '', format));
    const nctx: NoteContext = { id: wanted, format, found: leftovers(), losses: [] };
    const group = groups.get(note.deck ?? '') ?? { ...(note.deck ? { name: note.deck } : {}), cards: [], checks: [] };
    groups.set(note.deck ?? '', group);
    const converted = isCloze(note) ? clozeQuestion(note, nctx) : flashcard(note, nctx);
    const problem = 'kind' in converted ? checkProblem(converted) : cardProblem(converted);
    if (problem) {
      result.skipped.push(skippedAt(file, note.line, what, problem));
      continue;
    }
    converted.id = ctx.ids.claim(converted.id);
    if ('kind' in converted) group.checks.push(converted);
    else group.cards.push(converted);
    for (const tag of note.tags) tags.add(tag);
    const media = note.fields.flatMap((field) => fieldImages(field, format));
    const losses = [...nctx.losses, ...leftoverMessages({ media, links: nctx.found.links })];
    result.losses.push(...losses.map((loss) => skippedAt(file, note.line, what, loss)));
  }
  const used = [...groups.values()].filter((group) => group.cards.length + group.checks.length > 0);
  const blocks: Block[] = used.flatMap((group): Block[] => {
    const title = deckTitle(group.name);
    return [
      ...(used.length > 1 ? [{ kind: 'heading' as const, text: title ?? group.name ?? 'Default' }] : []),
      ...(group.cards.length > 0 ? [{ kind: 'deck' as const, ...(title ? { title } : {}), cards: group.cards }] : []),
      ...group.checks.map((check) => ({ kind: 'check' as const, check })),
    ];
  });
  if (blocks.length > 0) {
    const base = file.path.split(/[/\\]/).pop();
    const only = used.length === 1 ? deckTitle(used[0]?.name) : undefined;
    result.lessons.push({ name, title: only ?? lessonTitle(file.path), description: `Imported from the Anki notes in ${base}.`, tags: [...tags], blocks });
  }
  return result;
}
