/**
 * A built guide as Anki notes in Anki's text format (File > Import, "Notes in Plain Text", Anki
 * 2.1.54+): header lines say the separator, that fields are HTML, and which columns hold the
 * guid, note type, deck and tags, so Anki needs no questions asked and re-importing updates
 * the same notes (the guid is the self-check's id).
 *
 * Flashcards become "Basic" notes (front, back). Fill-in-the-blank questions become "Cloze"
 * notes, once the guide has them. Every other question becomes a "Basic" note whose back holds
 * the answer and the explanation: Anki has no choice or typed questions, so these come back
 * from Anki as flashcards (listed as such). One deck per lesson (`Guide::Section::Lesson`) or
 * per section (`--deck section`).
 */
import { unknownKind } from '../../checks/core/never.ts';
import type { SpecOf } from '../../checks/schema.ts';
import { portableHtml } from './html.ts';
import type { BuiltGuide, ExportItem } from './site.ts';
import type { ExportResult, LeftOut } from './types.ts';

/** How notes are grouped into decks. */
export type DeckBy = 'lesson' | 'section';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * HTML on one line, as a field: line breaks inside `<pre>` become `<br>`, others spaces.
 * @example oneLine('<p>a\nb</p><pre><code>x\ny</code></pre>') // '<p>a b</p><pre><code>x<br>y</code></pre>'
 */
export function oneLine(html: string): string {
  return html.replace(/(<pre[\s\S]*?<\/pre>)|\r?\n/g, (match, pre: string | undefined) => (pre ? pre.replace(/\r?\n/g, '<br>') : ' '));
}

/**
 * A field as Anki's CSV reader takes it: quoted, with `""` for a quote, when it holds the
 * separator or a quote.
 * @example ankiField('say "hi"') // '"say ""hi"""'
 */
export function ankiField(value: string): string {
  return /[\t"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A deck name part: `::` would nest decks, so it becomes `:`. */
const deckPart = (text: string) => text.replace(/::/g, ':').trim();

function deck(guide: BuiltGuide, item: ExportItem, by: DeckBy): string {
  const parts = [guide.title, item.sectionTitle, by === 'lesson' ? item.lessonTitle : ''].filter(Boolean);
  return parts.map(deckPart).join('::');
}

/** Anki tags: the lesson's tags, spaces turned to underscores (Anki separates tags by spaces). */
const tags = (item: ExportItem) => item.tags.map((tag) => tag.trim().replace(/\s+/g, '_')).join(' ');

/**
 * A fill-in-the-blank question as an Anki Cloze note: each blank becomes `{{cN::answer}}` where
 * it sits in the text (numbered from 1, so Anki makes one card per blank), the explanation goes
 * in Back Extra. A Cloze deletion holds one answer: other accepted answers, a tolerance, and the
 * question's hints are listed as lost.
 */
function clozeNote(spec: SpecOf<'blanks'>, stem: string, html: (part: string) => string, extra: string) {
  const lost: string[] = [];
  const answer = (n: number) => {
    const blank = spec.blanks[n];
    if (!blank) return '';
    if (blank.kind === 'number') {
      if (blank.tolerance > 0) lost.push(`the tolerance of blank ${n + 1}`);
      return String(blank.number);
    }
    if (blank.accept.length > 1) lost.push(`the other accepted answers of blank ${n + 1}`);
    return blank.accept[0]!;
  };
  // Anki reads `}}` and `::` inside a deletion as its own syntax.
  const safe = (text: string) => escapeHtml(text).replace(/::/g, ':&#58;').replace(/\}\}/g, '}&#125;');
  // Each blank becomes a private-use marker that survives the HTML clean-up, then its deletion.
  const marked = stem.replace(/<span data-mn-blank="(\d+)"><\/span>/g, (_, n: string) => `\uE000${n}\uE001`);
  const text = html(marked).replace(/\uE000(\d+)\uE001/g, (_, n: string) => `{{c${Number(n) + 1}::${safe(answer(Number(n)))}}}`);
  if (spec.hints.length > 0) lost.push(spec.hints.length === 1 ? 'its hint' : `its ${spec.hints.length} hints`);
  const note: { type: 'Cloze'; fields: [string, string]; lost?: string } = { type: 'Cloze', fields: [text, extra.replace(/^<hr>/, '')] };
  if (lost.length) note.lost = `Anki's cloze deletions hold one answer each, so ${lost.join(', ')} ${lost.length === 1 ? 'is' : 'are'} left out`;
  return note;
}

/** The note type and two fields of a self-check, with what the note cannot carry. */
function note(item: ExportItem, url: string | undefined): { type: 'Basic' | 'Cloze'; fields: [string, string]; lost?: string } {
  const spec = item.spec;
  const html = (part: string | undefined) => (part ? portableHtml(part, url) : '');
  if (spec.kind === 'flashcard') {
    const parts = item.parts as { front: string; back: string };
    return { type: 'Basic', fields: [html(parts.front), html(parts.back)] };
  }
  const parts = item.parts as { stem: string; choices?: string[]; explanation?: string };
  const explanation = parts.explanation ? `<hr>${html(parts.explanation)}` : '';
  const asCard = 'it becomes a flashcard: Anki has no choice or typed questions';
  switch (spec.kind) {
    case 'single':
    case 'multiple': {
      const options = spec.choices.map((choice, n) => `<li>${html(parts.choices?.[n] ?? escapeHtml(choice.text))}</li>`).join('');
      const right = spec.choices.flatMap((choice, n) => (choice.correct ? [`<li>${html(parts.choices?.[n] ?? escapeHtml(choice.text))}${choice.feedback ? ` (${escapeHtml(choice.feedback)})` : ''}</li>`] : []));
      return { type: 'Basic', fields: [`${html(parts.stem)}<ol type="A">${options}</ol>`, `<ul>${right.join('')}</ul>${explanation}`], lost: asCard };
    }
    case 'text':
      return { type: 'Basic', fields: [html(parts.stem), `${spec.accept.map(escapeHtml).join(' / ')}${explanation}`], lost: asCard };
    case 'number':
      return { type: 'Basic', fields: [html(parts.stem), `${spec.number}${spec.tolerance > 0 ? ` ± ${spec.tolerance}` : ''}${explanation}`], lost: asCard };
    case 'blanks':
      return clozeNote(spec, parts.stem, html, explanation);
    // Anki has no ordering or matching notes: the answer key goes on a card's back.
    case 'order':
    case 'match': {
      const items = spec.kind === 'order' ? spec.steps : spec.pairs.map((p) => `${p.prompt}: ${p.answer}`);
      const list = `<ol>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;
      return { type: 'Basic', fields: [html(parts.stem), `${list}${explanation}`], lost: `it becomes a flashcard with the ${spec.kind === 'order' ? 'steps in order' : 'pairs'} on its back: Anki has no ${spec.kind === 'order' ? 'ordering' : 'matching'} notes` };
    }
    default:
      return unknownKind(spec);
  }
}

/** The guide's self-checks as one Anki text file, decks by lesson (default) or by section. */
export function exportAnki(guide: BuiltGuide, by: DeckBy = 'lesson', url?: string): ExportResult {
  const leftOut: LeftOut[] = [];
  const rows = guide.items.map((item) => {
    const { type, fields, lost } = note(item, url);
    if (lost) leftOut.push({ id: item.spec.id, file: item.spec.file, line: item.spec.line, why: lost });
    return [item.spec.id, type, deck(guide, item, by), ...fields.map(oneLine), tags(item)].map(ankiField).join('\t');
  });
  const header = ['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6'];
  return { text: `${[...header, ...rows].join('\n')}\n`, exported: rows.length, leftOut };
}
