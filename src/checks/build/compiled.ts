/**
 * What a lesson's compile read of each self-check (build/prerender.ts: a question's spec and
 * parts, a deck's title and cards), kept in the process until its page renders. The compiled
 * lesson then carries only a key (`<Question compiled="…/intro.mdx#0" />`), not the spec and
 * parts a second time: a lesson's compiled module was nearly half self-check data, which the
 * bundler, the module loader and the garbage collector each handled again (issue 19).
 *
 * Pages render in the process that compiled their lessons (`astro build` and `astro dev`
 * alike), but from another module graph: like the catalogue (catalogue/collect.ts), the map
 * lives on `globalThis` under a well-known symbol.
 */

const KEY = Symbol.for('mnemo.compiled');
type Holder = { [KEY]?: Map<string, object> };

function kept(): Map<string, object> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new Map());
}

/**
 * The key of the `index`-th self-check (0-based, in the order the compile reaches them) of the
 * lesson compiled from `file` (an absolute path or URL).
 * @example compiledKey('/site/content/basics/intro.mdx', 0) // '/site/content/basics/intro.mdx#0'
 */
export function compiledKey(file: string, index: number): string {
  return `${file}#${index}`;
}

/** Keeps a self-check's props under `key`. A lesson compiled again (the dev server) replaces them. */
export function keepCompiled(key: string, props: object): void {
  kept().set(key, props);
}

/**
 * The props kept under `key`.
 * @throws Error when nothing is kept under it: the page was rendered in a process that did not
 * compile its lesson, which Astro does not do.
 */
export function compiledProps<T extends object>(key: string): T {
  const props = kept().get(key);
  if (!props) throw new Error(`Mnemo: no compiled self-check under "${key}": its lesson was not compiled in this process.`);
  return props as T;
}

/**
 * A self-check component's props: what its compile kept, when it was given the key
 * (`compiled`), else the props it was given (a self-check that kept its slots).
 * @throws Error as `compiledProps` does, for a key nothing is kept under.
 */
export function componentProps<T extends object>(props: { compiled: string } | T): T {
  return 'compiled' in props ? compiledProps<T>(props.compiled) : props;
}

/**
 * Every self-check kept so far, forgetting them: what a compile lane on a worker thread sends
 * back to the build's main thread with its compiled lesson (integrations/compile-pool.ts).
 */
export function takeCompiled(): [string, object][] {
  const entries = [...kept()];
  kept().clear();
  return entries;
}
