/**
 * The answer field and no-JavaScript key of a typed question (text or number). The field
 * starts disabled until the question's script runs. Browser-safe.
 */
import { text } from '../../../i18n/format';
import { element, escapeHtml, open } from '../../render/html';
import type { RenderContext } from '../../render/types';
import type { SpecOf } from '../../schema';
import type { NumberClient, TextClient } from './grade';
import { typedKey } from './key';

type TypedSpec = SpecOf<'text' | 'number'>;

/** What the browser gets of a typed question (its `data-spec`). */
export function typedClient(spec: TypedSpec): TextClient | NumberClient {
  return spec.kind === 'number'
    ? { kind: 'number', number: spec.number, tolerance: spec.tolerance }
    : { kind: 'text', accept: spec.accept, caseSensitive: spec.caseSensitive };
}


/** The kind line above the stem. */
export function typedLabel(spec: TypedSpec, ctx: RenderContext): string {
  return text(spec.kind === 'number' ? ctx.ui.question.kindNumber : ctx.ui.question.kindText);
}

/**
 * The answer field. Its accepted answers are answers, and the field is chrome: search skips
 * it (docs/search-notes.md). A decimal keypad has no minus sign on some phones, so it is
 * only offered for answers of 0 or more.
 */
export function renderField(spec: TypedSpec, ctx: RenderContext): string {
  const id = spec.id;
  const ui = ctx.ui.question;
  const label = element('label', { class: 'mn-answer__label', id: `${id}-label`, for: `${id}-input` }, escapeHtml(text(spec.kind === 'number' ? ui.yourNumber : ui.yourAnswer)));
  const input = open('input', {
    class: 'mn-answer__input',
    id: `${id}-input`,
    type: 'text',
    inputmode: spec.kind === 'number' && spec.number >= 0 ? 'decimal' : undefined,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    'aria-labelledby': `${id}-stem ${id}-label`,
    disabled: true,
  });
  return element('div', { class: 'mn-answer', 'data-pagefind-ignore': true }, label + input + element('p', { class: 'mn-answer__mark', hidden: true }));
}

/** The answer key for readers without JavaScript. */
export function renderTypedKey(spec: TypedSpec, ctx: RenderContext): string {
  return element('p', { class: 'mn-key mn-key--typed', 'data-mn-outcome': true }, `${escapeHtml(text(ctx.ui.question.keyAnswer))}${element('strong', {}, escapeHtml(typedKey(spec)))}`);
}
