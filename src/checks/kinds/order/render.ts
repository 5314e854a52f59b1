/**
 * The answer area and no-JavaScript key of an ordering question: the steps as a numbered
 * list, never in the right order, each with "Move up" and "Move down" buttons that its
 * script shows. The build's order comes from the question's id, so builds stay the same
 * byte for byte; the browser shuffles again on each visit. Browser-safe.
 */
import { text } from '../../../i18n/format';
import { seededRandom, shuffleOutOfOrder } from '../../core/shuffle';
import { element, escapeHtml } from '../../render/html';
import type { QuestionParts, RenderContext } from '../../render/types';
import type { SpecOf } from '../../schema';
import type { OrderClient } from './grade';

type OrderSpec = SpecOf<'order'>;
const ignored = { 'data-pagefind-ignore': true };

/** What the browser gets of an ordering question (its `data-spec`): the order is in the markup. */
export function orderClient(): OrderClient {
  return { kind: 'order' };
}

/** The kind line above the stem. */
export function orderLabel(_spec: OrderSpec, ctx: RenderContext): string {
  return text(ctx.ui.kinds.kindOrder);
}

function moveButton(delta: -1 | 1, describedBy: string, ctx: RenderContext): string {
  const label = text(delta < 0 ? ctx.ui.kinds.moveUp : ctx.ui.kinds.moveDown);
  const attributes = {
    type: 'button',
    class: 'mn-button mn-step__move',
    'data-move': delta,
    title: label,
    'aria-describedby': describedBy,
    'aria-keyshortcuts': delta < 0 ? 'ArrowUp' : 'ArrowDown',
  };
  return element('button', attributes, element('span', { 'aria-hidden': 'true' }, delta < 0 ? '↑' : '↓') + element('span', { class: 'mn-visually-hidden' }, escapeHtml(label)));
}

/**
 * The steps, out of order. Search indexes each step's text in this order, which is never
 * the right one; the buttons and marks stay out of the index (docs/search-notes.md).
 */
export function renderSteps(spec: OrderSpec, parts: QuestionParts, ctx: RenderContext): string {
  const order = shuffleOutOfOrder(spec.steps.map((_, n) => n), seededRandom(spec.id));
  const items = order.map((n) => {
    const textId = `${spec.id}-step-${n}`;
    const moves = element('span', { class: 'mn-step__moves', hidden: true, ...ignored }, moveButton(-1, textId, ctx) + moveButton(1, textId, ctx));
    const mark = element('span', { class: 'mn-step__mark', hidden: true, ...ignored });
    return element('li', { class: 'mn-step', 'data-index': n }, element('span', { class: 'mn-step__text', id: textId }, parts.steps?.[n] ?? escapeHtml(spec.steps[n]!)) + mark + moves);
  });
  return element('ol', { class: 'mn-steps', 'aria-labelledby': `${spec.id}-stem`, 'aria-describedby': `${spec.id}-kind` }, items.join(''));
}

/** The steps in the right order: the key without JavaScript, and shown once answered with it. */
export function orderKey(spec: OrderSpec, parts: QuestionParts, ctx: RenderContext): string {
  const items = spec.steps.map((step, n) => element('li', { class: 'mn-key__step' }, parts.steps?.[n] ?? escapeHtml(step)));
  return element('ol', { class: 'mn-key mn-key--order', 'aria-label': text(ctx.ui.question.answerKey), 'data-mn-outcome': true }, items.join(''));
}
