/**
 * The answer key of a printed lesson: one numbered entry per question, in the order the
 * questions appear, each with the question's hints (first, so a learner who only wants a
 * nudge reads no further), its kind's own key (right answers, and a choice question's
 * feedback), and its explanation. Browser-safe, like the renderers it reuses.
 *
 * Printed questions are numbered by a CSS counter in document order (print.css), so the
 * entries here must follow document order too: callers pass the lesson's question ids as the
 * compile found them.
 */
import { format, text } from '../i18n/format';
import type { UiGroup } from '../i18n/en';
import { rendererOf } from '../checks/kinds/renderers';
import { element, escapeHtml, unwrapParagraph } from '../checks/render/html';
import type { QuestionParts, RenderContext } from '../checks/render/types';
import type { QuestionSpec } from '../checks/schema';

/** One question as the key needs it: its spec and the HTML parts its lesson rendered. */
export interface KeyItem {
  spec: QuestionSpec;
  parts: QuestionParts;
}

/**
 * HTML copied from a question into its key keeps no `id`: the question already carries it,
 * and a page may not hold one id twice (a heading inside an explanation has one).
 */
export function withoutIds(html: string): string {
  return html.replace(/\sid="[^"]*"/g, '');
}

/** A labelled block: the label inline before a one-paragraph body, above a longer one. */
function labelled(className: string, label: string, html: string): string {
  return element('div', { class: className }, element('strong', {}, escapeHtml(label)) + ' ' + unwrapParagraph(withoutIds(html)));
}

/**
 * One entry: its number (a link back to the question), hints, key and explanation.
 * @example keyEntry(item, 3, ctx, ui.print) // '<li class="mn-key-entry" ...><a href="#q">3.</a>...'
 */
export function keyEntry(item: KeyItem, n: number, ctx: RenderContext, ui: UiGroup<'print'>): string {
  const { spec, parts } = item;
  const question = ctx.ui.question;
  const total = parts.hints.length;
  const hints = parts.hints.map((html, i) =>
    labelled('mn-key-entry__hint', `${total > 1 ? format(text(question.hintOf), { n: i + 1, total }) : text(question.hint)}:`, html),
  );
  const explanation = parts.explanation === undefined ? '' : labelled('mn-key-entry__explanation', text(ui.explanation).trim(), parts.explanation);
  const number = element('a', { class: 'mn-key-entry__n', href: `#${spec.id}`, 'aria-label': format(text(ui.question), { n }) }, `${n}.`);
  const body = element('div', { class: 'mn-key-entry__body' }, hints.join('') + withoutIds(rendererOf(spec).key(spec, parts, ctx)) + explanation);
  return element('li', { class: 'mn-key-entry' }, number + body);
}

/**
 * The list of entries for `items`, numbered from 1; empty when there is no question.
 * @example renderKeyList([{ spec, parts }], ctx, ui.print) // '<ol class="mn-key-list">...</ol>'
 */
export function renderKeyList(items: readonly KeyItem[], ctx: RenderContext, ui: UiGroup<'print'>): string {
  if (items.length === 0) return '';
  return element('ol', { class: 'mn-key-list' }, items.map((item, n) => keyEntry(item, n + 1, ctx, ui)).join(''));
}
