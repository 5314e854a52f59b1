/**
 * The browser code of each kind of question, loaded only when a page shows that kind.
 * Every kind must be listed (the type says so).
 */
import type { QuestionKind } from '../schema';
import type { KindClient } from './answer-part';

/** Loads the browser module of a kind. */
export const KIND_CLIENTS: { [K in QuestionKind]: () => Promise<KindClient<never>> } = {
  single: () => import('../kinds/choice/client'),
  multiple: () => import('../kinds/choice/client'),
  text: () => import('../kinds/typed/client'),
  number: () => import('../kinds/typed/client'),
  order: () => import('../kinds/order/client'),
  match: () => import('../kinds/match/client'),
  blanks: () => import('../kinds/blanks/client'),
};
