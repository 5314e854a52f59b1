/**
 * The registry of question kinds: every kind of question Mnemo knows, by kind. The build,
 * `npm run verify` and the exporters read kinds only through it. The browser has its own
 * exhaustive maps of the browser-safe parts (`kinds/renderers.ts`, `client/kinds.ts`).
 */
import type { QuestionKind, QuestionSpec } from '../schema';
import { blanks } from './blanks';
import { choice } from './choice';
import { match } from './match';
import { order } from './order';
import { typed } from './typed';
import type { AnswerComponent, QuestionKindModule } from './types';

/** Every kind of question, by kind; the type makes a missing kind a type error. */
export const KINDS: { [K in QuestionKind]: QuestionKindModule<K, unknown> } = {
  single: choice as QuestionKindModule<'single', unknown>,
  multiple: choice as QuestionKindModule<'multiple', unknown>,
  text: typed as QuestionKindModule<'text', unknown>,
  number: typed as QuestionKindModule<'number', unknown>,
  order: order as QuestionKindModule<'order', unknown>,
  match: match as QuestionKindModule<'match', unknown>,
  blanks: blanks as QuestionKindModule<'blanks', unknown>,
};

/** The module of a spec's kind. */
export function kindOf<S extends QuestionSpec>(spec: S): QuestionKindModule<S['kind'], unknown> {
  return KINDS[spec.kind] as QuestionKindModule<S['kind'], unknown>;
}

/** The module that reads each answer-part component, by component. */
export const READERS: { [C in AnswerComponent]: QuestionKindModule<QuestionKind, unknown> } = {
  Choice: choice as QuestionKindModule<QuestionKind, unknown>,
  Answer: typed as QuestionKindModule<QuestionKind, unknown>,
  Step: order as QuestionKindModule<QuestionKind, unknown>,
  Pair: match as QuestionKindModule<QuestionKind, unknown>,
  Blank: blanks as QuestionKindModule<QuestionKind, unknown>,
};

export type { AnswerComponent, Attempt, QuestionKindModule } from './types';
