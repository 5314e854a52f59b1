/**
 * The blanks of a fill-in-the-blank question, inside its stem: the build leaves a
 * placeholder where each `<Blank>` was written (build/rewrite.ts), and this puts an input
 * there, sized to the expected answer and labelled "Blank 1 of 2". Inputs start disabled
 * until the question's script runs. Browser-safe.
 */
import { format, text } from '../../../i18n/format';
import { element, escapeHtml, open } from '../../render/html';
import type { QuestionParts, RenderContext } from '../../render/types';
import type { Blank, SpecOf } from '../../schema';
import { typedKey } from '../typed/key';
import type { BlanksClient } from './grade';

type BlanksSpec = SpecOf<'blanks'>;

/** The attribute of the placeholder element the build writes for blank `n`: `<span data-mn-blank="n"></span>`. */
export const BLANK_ATTRIBUTE = 'data-mn-blank';
const PLACEHOLDER = new RegExp(`<span ${BLANK_ATTRIBUTE}="(\\d+)"\\s*(?:/>|></span>)`, 'g');

/** What the browser gets of a fill-in-the-blank question (its `data-spec`). */
export function blanksClient(spec: BlanksSpec): BlanksClient {
  return { kind: 'blanks', blanks: spec.blanks };
}

/** The kind line above the stem. */
export function blanksLabel(spec: BlanksSpec, ctx: RenderContext): string {
  return text(spec.blanks.length > 1 ? ctx.ui.kinds.kindBlanks : ctx.ui.kinds.kindBlank);
}

/** A blank's name for screen readers and messages: "Blank", or "Blank 2 of 3". */
export function blankLabel(n: number, total: number, ctx: RenderContext): string {
  return total > 1 ? format(text(ctx.ui.kinds.blankOf), { n: n + 1, total }, ctx.lang) : text(ctx.ui.kinds.blank);
}

/** Room for the expected answer (the first accepted one) and a little more, in characters (4 to 40). */
function widthOf(blank: Blank): number {
  const expected = blank.kind === 'text' ? blank.accept[0]! : String(blank.number);
  return Math.min(Math.max([...expected].length + 2, 4), 40);
}

/**
 * The stem with an input where each blank is. The inputs hold no text, so search indexes
 * the words around them and never an answer (docs/search-notes.md).
 */
export function renderBlanksStem(spec: BlanksSpec, parts: QuestionParts, ctx: RenderContext): string {
  const total = spec.blanks.length;
  return parts.stem.replace(PLACEHOLDER, (placeholder, index: string) => {
    const n = Number(index);
    const blank = spec.blanks[n];
    if (!blank) return placeholder;
    const input = open('input', {
      class: 'mn-blank__input',
      id: `${spec.id}-blank-${n}`,
      type: 'text',
      size: widthOf(blank),
      inputmode: blank.kind === 'number' && blank.number >= 0 ? 'decimal' : undefined,
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
      'aria-label': blankLabel(n, total, ctx),
      // Tabbing to a blank then reads the sentence it sits in, not only its number.
      'aria-describedby': `${spec.id}-stem`,
      disabled: true,
    });
    return element('span', { class: 'mn-blank', 'data-index': n, 'data-pagefind-ignore': true }, input);
  });
}

/** Each blank's expected answer: the key without JavaScript, and shown once answered with it. */
export function blanksKey(spec: BlanksSpec, ctx: RenderContext): string {
  const answer = (blank: Blank) => element('strong', {}, escapeHtml(typedKey(blank)));
  if (spec.blanks.length === 1) {
    return element('p', { class: 'mn-key mn-key--typed', 'data-mn-outcome': true }, escapeHtml(text(ctx.ui.question.keyAnswer)) + answer(spec.blanks[0]!));
  }
  const items = spec.blanks.map((blank, n) => element('li', { class: 'mn-key__blank' }, escapeHtml(format(text(ctx.ui.kinds.keyBlank), { n: n + 1 }, ctx.lang)) + answer(blank)));
  return element('ul', { class: 'mn-key mn-key--blanks', 'aria-label': text(ctx.ui.question.answerKey), 'data-mn-outcome': true }, items.join(''));
}
