/**
 * The browser code of each kind of question, loaded only when a page shows that kind, from its
 * URL (`src/integrations/kind-modules.ts` says why not `import()` of the module).
 * Every kind must be listed (the type says so).
 */
import * as modules from 'virtual:mnemo/kind-modules';
import type { QuestionKind } from '../schema';
import type { KindClient } from './answer-part';

const load = (url: string) => () => import(/* @vite-ignore */ url) as Promise<KindClient<never>>;

/** Loads the browser module of a kind. */
export const KIND_CLIENTS: { [K in QuestionKind]: () => Promise<KindClient<never>> } = {
  single: load(modules.choice),
  multiple: load(modules.choice),
  text: load(modules.typed),
  number: load(modules.typed),
  order: load(modules.order),
  match: load(modules.match),
  blanks: load(modules.blanks),
};

/** Fails the type check when a kind's module does not offer what `KindClient` asks. */
type Offers<M extends KindClient<never>> = M;
export type KindModules = [
  Offers<typeof import('../kinds/choice/client')>,
  Offers<typeof import('../kinds/typed/client')>,
  Offers<typeof import('../kinds/order/client')>,
  Offers<typeof import('../kinds/match/client')>,
  Offers<typeof import('../kinds/blanks/client')>,
];
