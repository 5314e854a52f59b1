/**
 * A built guide as Moodle GIFT, which Moodle's question bank imports: one category per lesson
 * (`$CATEGORY: $course$/guide/section/lesson`), each question with its id as title and its
 * texts as HTML (`[html]`). Choices keep their feedback, the explanation becomes the general
 * feedback, a typed answer becomes a short answer or a numerical one with its tolerance, a
 * matching question Moodle's matching form (`=prompt -> answer`, at least three pairs, as
 * Moodle's matching question type requires), and a fill-in-the-blank question with one text
 * blank the missing-word form (`before {=answer} after`). Hints, case-sensitive answers,
 * ordering questions, several or numeric blanks, and flashcards have no GIFT form and are
 * listed as left out.
 *
 * Rules from Moodle's question/format/gift/format.php and the GIFT documentation: the
 * characters `~ = # { } :` and `\` are escaped with `\`; a line break in a text is written
 * `\n` (a blank line would end the question); weights must be grades Moodle lists.
 */
import { unknownKind } from '../../checks/core/never.ts';
import type { SpecOf } from '../../checks/schema.ts';
import { portableHtml } from './html.ts';
import type { BuiltGuide, ExportItem } from './site.ts';
import type { ExportResult, LeftOut } from './types.ts';

/**
 * Text escaped for GIFT: backslash first, then the characters GIFT reserves; line breaks as `\n`.
 * @example giftEscape('a:b {c}') // 'a\\:b \\{c\\}'
 */
export function giftEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/[~=#{}:]/g, '\\$&').replace(/\r?\n/g, '\\n');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A part's HTML, portable and escaped for GIFT. `->` is what separates a matching pair in
 * GIFT, so Moodle would read an answer holding it as one; in HTML its `>` is written `&gt;`.
 */
const html = (part: string, url?: string) => giftEscape(portableHtml(part, url).replace(/->/g, '-&gt;'));

/**
 * The weight of each of `n` correct choices of a "select all that apply" question: 100/n,
 * written as Moodle writes its grade list (five decimals where 100/n is not whole).
 * @example choiceWeight(3) // '33.33333'
 */
export function choiceWeight(n: number): string {
  const weight = 100 / n;
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(5);
}

/** A category line for a lesson: `/` inside a title is doubled, as Moodle reads category paths. */
function category(guide: BuiltGuide, item: ExportItem): string {
  const name = (text: string) => text.replace(/\//g, '//');
  return `$CATEGORY: $course$/${[guide.title, item.sectionTitle, item.lessonTitle].filter(Boolean).map(name).join('/')}`;
}

/**
 * A question whose choices are exactly "True" then "False", one of them right, in GIFT's own
 * true/false form. Moodle shows the first feedback to a wrong answer and the second to a right
 * one (qformat_gift::split_truefalse_comment).
 */
function trueFalse(spec: SpecOf<'single' | 'multiple'>): string[] | undefined {
  const [yes, no] = spec.choices;
  if (spec.kind !== 'single' || spec.choices.length !== 2 || yes?.text !== 'True' || no?.text !== 'False') return undefined;
  const [right, wrong] = yes.correct ? [yes, no] : [no, yes];
  const feedback = (text?: string) => `#${giftEscape(escapeHtml(text ?? ''))}`;
  const comments = right.feedback || wrong.feedback ? `${feedback(wrong.feedback)}${feedback(right.feedback)}` : '';
  return [`${yes.correct ? 'TRUE' : 'FALSE'}${comments}`];
}

function choiceAnswers(item: ExportItem, spec: SpecOf<'single' | 'multiple'>, url?: string): string[] {
  const asTrueFalse = trueFalse(spec);
  if (asTrueFalse) return asTrueFalse;
  const parts = item.parts as { choices?: string[] };
  const correct = spec.choices.filter((c) => c.correct).length;
  return spec.choices.map((choice, n) => {
    const text = html(parts.choices?.[n] ?? escapeHtml(choice.text), url);
    const feedback = choice.feedback ? `#${giftEscape(escapeHtml(choice.feedback))}` : '';
    if (spec.kind === 'single') return `${choice.correct ? '=' : '~'}${text}${feedback}`;
    return `~%${choice.correct ? choiceWeight(correct) : '-100'}%${text}${feedback}`;
  });
}

/** Plain text (a matching prompt or answer) escaped for an `[html]` GIFT question. */
const plainText = (text: string) => giftEscape(escapeHtml(text).replace(/->/g, '-&gt;'));

/** Where the one blank of a fill-in-the-blank question sits in its rendered stem. */
const BLANK_SLOT = /<span data-mn-blank="0"><\/span>/;

/** The answer lines of a question, or why it has no GIFT form. */
function answers(item: ExportItem, url?: string): string[] | string {
  const spec = item.spec;
  switch (spec.kind) {
    case 'single':
    case 'multiple':
      return choiceAnswers(item, spec, url);
    case 'text':
      return spec.accept.map((answer) => `=${giftEscape(answer)}`);
    case 'number':
      return [`#${spec.number}${spec.tolerance > 0 ? `:${spec.tolerance}` : ''}`];
    case 'flashcard':
      return 'GIFT has no flashcards (export them with --format anki)';
    case 'order':
      return 'GIFT has no ordering questions (Moodle\'s ordering question type has no GIFT form)';
    case 'match':
      if (spec.pairs.length < 3) return `Moodle's matching questions need at least three pairs; it has ${spec.pairs.length}`;
      return spec.pairs.map((pair) => `=${plainText(pair.prompt)} -> ${plainText(pair.answer)}`);
    case 'blanks': {
      const [blank] = spec.blanks;
      if (spec.blanks.length > 1) return `GIFT holds one blank per question (the missing-word form); it has ${spec.blanks.length}`;
      if (blank?.kind !== 'text') return 'GIFT\'s missing-word form holds text answers only; its blank is a number';
      if (!BLANK_SLOT.test((item.parts as { stem: string }).stem)) return 'its blank could not be found in its rendered text';
      return blank.accept.map((answer) => `=${giftEscape(answer)}`);
    }
    default:
      return unknownKind(spec);
  }
}

/** One question as GIFT lines, with what it had to leave behind. */
function question(guide: BuiltGuide, item: ExportItem, url: string | undefined, leftOut: LeftOut[]): string | undefined {
  const spec = item.spec;
  const where = { id: spec.id, file: spec.file, line: spec.line };
  const lines = answers(item, url);
  if (typeof lines === 'string') {
    leftOut.push({ ...where, why: lines });
    return undefined;
  }
  if (spec.kind === 'flashcard') return undefined;
  if (spec.hints.length > 0) leftOut.push({ ...where, why: `its ${spec.hints.length === 1 ? 'hint' : `${spec.hints.length} hints`}: GIFT has no hints` });
  if (spec.kind === 'text' && spec.caseSensitive) leftOut.push({ ...where, why: 'that capitals count: Moodle short answers written in GIFT ignore case' });
  if ((spec.kind === 'single' || spec.kind === 'multiple') && spec.shuffle !== undefined && !/^TRUE|^FALSE/.test(lines[0] ?? '')) {
    leftOut.push({ ...where, why: `its ${spec.shuffle ? 'shuffled' : 'fixed'} choice order: in Moodle the quiz decides whether choices are shuffled` });
  }
  if (spec.kind === 'blanks' && spec.blanks[0]?.kind === 'text' && spec.blanks[0].caseSensitive) {
    leftOut.push({ ...where, why: 'that capitals count: Moodle short answers written in GIFT ignore case' });
  }
  const parts = item.parts as { stem: string; explanation?: string };
  const general = parts.explanation ? [`####${html(parts.explanation, url)}`] : [];
  // The missing-word form: the answers sit where the blank is, the rest of the text after them.
  // A private-use marker stands for the blank through the HTML clean-up, so both halves keep their markup.
  const [before, after = ''] = html(spec.kind === 'blanks' ? parts.stem.replace(BLANK_SLOT, '\uE000') : parts.stem, url).split('\uE000');
  const tail = after;
  return [`// ${spec.file}:${spec.line}`, `::${spec.id}::[html]${before}{`, ...lines.map((line) => `\t${line}`), ...general.map((line) => `\t${line}`), `}${tail}`].join('\n');
}

/**
 * The guide's questions as one GIFT file, one category per lesson in guide order.
 * `url` is the guide's public address, for links.
 */
export function exportGift(guide: BuiltGuide, url?: string): ExportResult {
  const leftOut: LeftOut[] = [];
  const blocks: string[] = [`// ${guide.title}: exported from Mnemo`];
  let lesson = '';
  let exported = 0;
  for (const item of guide.items) {
    const block = question(guide, item, url, leftOut);
    if (!block) continue;
    if (item.spec.lesson !== lesson) {
      lesson = item.spec.lesson;
      blocks.push(category(guide, item));
    }
    blocks.push(block);
    exported += 1;
  }
  return { text: `${blocks.join('\n\n')}\n`, exported, leftOut };
}
