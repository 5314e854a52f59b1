/**
 * How each kind of question renders, by kind. Browser-safe: study pages render questions
 * from the catalogue with it. Every kind must be listed (the type says so).
 */
import type { KindRenderer } from '../render/types';
import type { QuestionKind, QuestionSpec, SpecOf } from '../schema';
import { choiceClient, choiceKey, choiceLabel, renderChoices } from './choice/render';
import { renderField, renderTypedKey, typedClient, typedLabel } from './typed/render';
import { orderClient, orderKey, orderLabel, renderSteps } from './order/render';
import { matchClient, matchKey, matchLabel, renderPairs } from './match/render';
import { blanksClient, blanksKey, blanksLabel, renderBlanksStem } from './blanks/render';

const choice: KindRenderer<SpecOf<'single' | 'multiple'>> = {
  client: choiceClient,
  label: choiceLabel,
  answer: (spec, parts) => renderChoices(spec, parts),
  key: choiceKey,
};

const typed: KindRenderer<SpecOf<'text' | 'number'>> = {
  client: (spec) => typedClient(spec),
  label: typedLabel,
  answer: (spec, _parts, ctx) => renderField(spec, ctx),
  key: (spec, _parts, ctx) => renderTypedKey(spec, ctx),
};

const order: KindRenderer<SpecOf<'order'>> = {
  client: orderClient,
  label: orderLabel,
  answer: renderSteps,
  key: orderKey,
};

const match: KindRenderer<SpecOf<'match'>> = {
  client: matchClient,
  label: matchLabel,
  answer: (spec, _parts, ctx) => renderPairs(spec, ctx),
  key: (spec, _parts, ctx) => matchKey(spec, ctx),
};

const blanks: KindRenderer<SpecOf<'blanks'>> = {
  // The blanks are in the stem; the answer area adds nothing below it.
  stem: renderBlanksStem,
  client: blanksClient,
  label: blanksLabel,
  answer: () => '',
  key: (spec, _parts, ctx) => blanksKey(spec, ctx),
};

/** The renderer of every kind of question. */
export const RENDERERS: { [K in QuestionKind]: KindRenderer<SpecOf<K>> } = {
  single: choice,
  multiple: choice,
  text: typed,
  number: typed,
  order,
  match,
  blanks,
};

/** The renderer for a spec's kind. */
export function rendererOf(spec: QuestionSpec): KindRenderer<QuestionSpec> {
  return RENDERERS[spec.kind] as KindRenderer<QuestionSpec>;
}
