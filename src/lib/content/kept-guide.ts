/**
 * The guide's structure as the build read it, kept for its pages. `astro build` renders pages
 * in the process whose integration read the guide (`loadGuide`, in `astro:config:setup`), but
 * from another module graph, so pages would read every lesson's frontmatter a second time
 * (0.17 s at 1,000 lessons, issue 19). Like the compiled self-checks (checks/build/compiled.ts),
 * the guide is kept on `globalThis` under a well-known symbol. The dev server keeps none: its
 * pages re-read the guide, so new lessons appear.
 */
import type { Guide } from './model';

const KEY = Symbol.for('mnemo.guide');
type Holder = { [KEY]?: { content: string; guide: Guide } };

/** Keeps `guide`, read from the guide folder `content` (absolute path), for the build's pages. */
export function keepGuide(content: string, guide: Guide): void {
  (globalThis as Holder)[KEY] = { content, guide };
}

/** The guide kept for the guide folder `content`; undefined when none is, or another guide's is. */
export function keptGuide(content: string): Guide | undefined {
  const kept = (globalThis as Holder)[KEY];
  return kept?.content === content ? kept.guide : undefined;
}
