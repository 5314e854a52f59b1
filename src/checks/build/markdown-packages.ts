/**
 * The unified packages of Mnemo's own Markdown reading (attribute Markdown, a lesson read from
 * its source), loaded on first use. A build compiles lessons with Sätteri and needs them only
 * for an attribute value that holds Markdown or a lesson that failed to compile; loaded with
 * the generator, they and their dependencies (some 200 modules) took about 0.3 s of every
 * build's start (issue 19).
 */
import { createRequire } from 'node:module';

/** The packages, as their default or named exports. */
export interface MarkdownPackages {
  unified: typeof import('unified').unified;
  remarkParse: typeof import('remark-parse').default;
  remarkGfm: typeof import('remark-gfm').default;
  remarkSmartypants: typeof import('remark-smartypants').default;
}

let loaded: MarkdownPackages | undefined;

/**
 * The packages, loaded (synchronously, with Node's `require` of ES modules) the first time.
 * @example const { unified, remarkParse } = markdownPackages();
 */
export function markdownPackages(): MarkdownPackages {
  if (loaded) return loaded;
  const load = createRequire(import.meta.url);
  return (loaded = {
    unified: (load('unified') as typeof import('unified')).unified,
    remarkParse: (load('remark-parse') as typeof import('remark-parse')).default,
    remarkGfm: (load('remark-gfm') as typeof import('remark-gfm')).default,
    remarkSmartypants: (load('remark-smartypants') as typeof import('remark-smartypants')).default,
  });
}
