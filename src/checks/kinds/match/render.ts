/**
 * The answer area and no-JavaScript key of a matching question: each prompt labels a native
 * `<select>` of every distinct answer, shuffled. The selects work without JavaScript too, so
 * a reader can see the answers to choose from; only checking needs the script. Browser-safe.
 */
import { format, text } from '../../../i18n/format';
import { choiceIndexAttributes } from '../../../lib/search/index-text';
import { seededRandom, shuffleOutOfOrder } from '../../core/shuffle';
import { element, escapeHtml } from '../../render/html';
import type { RenderContext } from '../../render/types';
import type { SpecOf } from '../../schema';
import { matchAnswers, type MatchClient } from './grade';

type MatchSpec = SpecOf<'match'>;
const ignored = { 'data-pagefind-ignore': true };

/** What the browser gets of a matching question (its `data-spec`). */
export function matchClient(spec: MatchSpec): MatchClient {
  const answers = matchAnswers(spec.pairs);
  return { kind: 'match', key: spec.pairs.map((pair) => answers.indexOf(pair.answer)) };
}

/** The kind line above the stem. */
export function matchLabel(_spec: MatchSpec, ctx: RenderContext): string {
  return text(ctx.ui.kinds.kindMatch);
}

/**
 * One row per prompt. Search indexes the prompts (through an attribute, as a `<label>` is
 * never indexed) and never the options, so no result pairs a prompt with its answer
 * (docs/search-notes.md).
 */
export function renderPairs(spec: MatchSpec, ctx: RenderContext): string {
  const answers = matchAnswers(spec.pairs);
  // Never in the order written, which follows the prompts and would pair them up.
  const order = shuffleOutOfOrder(answers.map((_, n) => n), seededRandom(spec.id));
  const options =
    element('option', { value: '' }, escapeHtml(text(ctx.ui.kinds.choose))) + order.map((n) => element('option', { value: n }, escapeHtml(answers[n]!))).join('');
  const rows = spec.pairs.map((pair, n) => {
    const id = `${spec.id}-pair-${n}`;
    const label = element('label', { class: 'mn-pair__prompt', for: id }, escapeHtml(pair.prompt));
    const select = element('select', { class: 'mn-pair__select', id, ...ignored }, options);
    const mark = element('span', { class: 'mn-pair__mark', id: `${id}-mark`, hidden: true, ...ignored });
    return element('div', { class: 'mn-pair', 'data-index': n, ...choiceIndexAttributes(escapeHtml(pair.prompt)) }, label + select + mark);
  });
  return element('div', { class: 'mn-pairs', role: 'group', 'aria-labelledby': `${spec.id}-stem`, 'aria-describedby': `${spec.id}-kind` }, rows.join(''));
}

/** Each prompt with its answer: the key without JavaScript, and shown once answered with it. */
export function matchKey(spec: MatchSpec, ctx: RenderContext): string {
  const template = escapeHtml(text(ctx.ui.kinds.keyPair));
  const items = spec.pairs.map((pair) => element('li', { class: 'mn-key__pair' }, format(template, { prompt: element('strong', {}, escapeHtml(pair.prompt)) }) + escapeHtml(pair.answer)));
  return element('ul', { class: 'mn-key mn-key--match', 'aria-label': text(ctx.ui.question.answerKey), 'data-mn-outcome': true }, items.join(''));
}
