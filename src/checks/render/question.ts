/**
 * A whole question as HTML, from its spec and rendered parts: the kind line, the stem, the
 * kind's answer area, hints, the controls that need JavaScript (hidden until its script
 * runs), the live region, and the answer key and explanation in a native disclosure, so
 * that without JavaScript the question reads fully and its answer can be revealed.
 * Browser-safe: lesson pages render it at build time, study pages in the browser.
 *
 * Search indexes the stem and the choices only; `data-pagefind-ignore` keeps the kind line,
 * controls, hints, key and explanation out of it, so a search never hands over an answer
 * (docs/search-notes.md).
 */
import { format, text } from '../../i18n/format';
import { rendererOf } from '../kinds/renderers';
import type { QuestionSpec } from '../schema';
import { element, escapeHtml } from './html';
import type { QuestionParts, RenderContext } from './types';

const ignored = { 'data-pagefind-ignore': true };

function hints(spec: QuestionSpec, parts: QuestionParts, ctx: RenderContext): string {
  const total = parts.hints.length;
  if (total === 0) return '';
  const ui = ctx.ui.question;
  const more = element('button', { type: 'button', class: 'mn-button mn-hints__more', hidden: true }, escapeHtml(text(ui.showHint)));
  const each = parts.hints.map((html, n) => {
    const summary = total > 1 ? format(text(ui.hintOf), { n: n + 1, total }, ctx.lang) : text(ui.hint);
    return element('details', { class: 'mn-hint', 'data-index': n }, element('summary', {}, escapeHtml(summary)) + element('div', { class: 'mn-hint__body' }, html));
  });
  return element('div', { class: 'mn-hints', 'data-count': total, ...ignored }, more + each.join(''));
}

function actions(ctx: RenderContext): string {
  const ui = ctx.ui.question;
  const button = (action: string, label: string, extra = {}) =>
    element('button', { type: 'button', class: 'mn-button', 'data-action': action, ...extra }, escapeHtml(label));
  return element(
    'div',
    { class: 'mn-question__actions', hidden: true, ...ignored },
    element('button', { type: 'button', class: 'mn-button mn-button--primary', 'data-action': 'check' }, escapeHtml(text(ui.check))) +
      button('retry', text(ui.tryAgain), { hidden: true }) +
      button('reveal', text(ui.showAnswer)),
  );
}

/**
 * The question's HTML: a `<mnemo-question>` whose one `data-spec` attribute holds what its
 * script needs to grade it (the kind's client projection).
 * @example renderQuestion(spec, { stem: '<p>Why?</p>', choices: [...], hints: [] }, ctx)
 */
export function renderQuestion(spec: QuestionSpec, parts: QuestionParts, ctx: RenderContext): string {
  const kind = rendererOf(spec);
  const id = spec.id;
  const ui = ctx.ui.question;
  const explanation = parts.explanation === undefined ? '' : element('div', { class: 'mn-explanation', ...ignored }, parts.explanation);
  const summary = text(explanation ? ui.showKeyAndExplanation : ui.showKey);
  const inner =
    element('p', { class: 'mn-question__kind', id: `${id}-kind`, ...ignored }, escapeHtml(kind.label(spec, ctx))) +
    element('div', { class: 'mn-question__stem', id: `${id}-stem` }, kind.stem ? kind.stem(spec, parts, ctx) : parts.stem) +
    kind.answer(spec, parts, ctx) +
    hints(spec, parts, ctx) +
    element('p', { class: 'mn-question__earlier', hidden: true, ...ignored }) +
    actions(ctx) +
    element('p', { class: 'mn-question__status', role: 'status', ...ignored }) +
    element('div', { class: 'mn-question__outcome', tabindex: '-1', hidden: true, ...ignored }) +
    element('details', { class: 'mn-question__answer', ...ignored }, element('summary', {}, escapeHtml(summary)) + kind.key(spec, parts, ctx) + explanation);
  const attributes = {
    id,
    class: 'mn-check mn-question',
    'data-spec': JSON.stringify(kind.client(spec, ctx)),
    'data-store': ctx.store,
  };
  return element('mnemo-question', attributes, inner);
}
