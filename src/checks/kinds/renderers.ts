/**
 * How each kind of question renders, by kind. Browser-safe: study pages render questions
 * from the catalogue with it. Every kind must be listed (the type says so).
 */
import type { KindRenderer } from '../render/types';
import type { QuestionKind, QuestionSpec, SpecOf } from '../schema';
import { choiceClient, choiceKey, choiceLabel, renderChoices } from './choice/render';
import { renderField, renderTypedKey, typedClient, typedLabel } from './typed/render';

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

/** The renderer of every kind of question. */
export const RENDERERS: { [K in QuestionKind]: KindRenderer<SpecOf<K>> } = {
  single: choice,
  multiple: choice,
  text: typed,
  number: typed,
};

/** The renderer for a spec's kind. */
export function rendererOf(spec: QuestionSpec): KindRenderer<QuestionSpec> {
  return RENDERERS[spec.kind] as KindRenderer<QuestionSpec>;
}
