/**
 * Where a lesson page hands its printable HTML while it renders (components/print/
 * PrintableLesson.astro), when the build fills the `print/` page on a worker thread
 * (off-thread.ts). Apart from the worker's code, so that pages import nothing of it.
 */

const KEY = Symbol.for('mnemo.print-collector');
type Holder = { [KEY]?: (slug: string, html: string) => void };

/**
 * Where a lesson page hands its printable HTML while it renders, when the build fills the
 * print page that way: undefined otherwise. On `globalThis`, as the pages render from another
 * module graph than the integration's (see catalogue/collect.ts).
 */
export function printCollector(): ((slug: string, html: string) => void) | undefined {
  return (globalThis as Holder)[KEY];
}

/** Sets (or, with undefined, clears) where lesson pages hand their printable HTML. */
export function setPrintCollector(collector: ((slug: string, html: string) => void) | undefined): void {
  if (collector) (globalThis as Holder)[KEY] = collector;
  else delete (globalThis as Holder)[KEY];
}
