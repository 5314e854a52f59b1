/**
 * The one rendering path of every lesson (`.md` and `.mdx`): Astro's Sätteri processor (its
 * default: Markdown parsed and compiled natively) with Mnemo's plugins, and Shiki with Mnemo's
 * transformers. The unified processor with remark and rehype plugins rendered the same pages
 * at about 1.6x the time (issue 19).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { codeTransformers, type CodeStyleRegistry } from '../lib/markdown/code-styles';
import { baseLinksPlugin } from '../lib/markdown/base-links';
import { cellSpacingPlugin } from '../lib/markdown/cell-spacing';
import { taskListsPlugin } from '../lib/markdown/task-lists';
import { anchorsPlugin, lessonPlugin, type SurveyPluginOptions } from '../lib/survey/plugins';
import { prerenderPlugin } from '../checks/build/prerender';
import type { CompilePool } from './compile-pool';

/** The light and dark code themes (the pages switch between them with the reader's theme). */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;

/**
 * The options of `@astrojs/mdx`, which compiles the `.mdx` lessons with this processor.
 * `optimize`: each run of static HTML in a lesson (its prose, headings, lists, highlighted code:
 * everything that is not a component such as `<Question>`) is compiled into one string that the
 * page writes as it is, where each element would otherwise be a call that Astro's JSX runtime
 * renders on every page. The lesson modules are smaller, so bundling and loading them is
 * faster too. The bytes of a page are the same but for how the HTML serializer writes a few
 * characters (`'` in text, an empty attribute as `=""`). In one profiled build of 1,000 lessons,
 * rendering the pages took 6.6 s where it took 8.1 s, and the whole main thread 25.3 s where it
 * took 31.1 s (issue 19).
 */
export const MDX_OPTIONS = { optimize: true } as const;

/** What the plugins report to and read from the integration. */
export interface MarkdownOptions extends SurveyPluginOptions {
  base: string;
  codeStyles: CodeStyleRegistry;
  /** Worker threads MDX lessons also compile on (compile-pool.ts), in a build by `npm run build`. */
  pool?: CompilePool;
}

/** `markdown.processor` and `markdown.shikiConfig` for Astro's config. */
export function markdownConfig(options: MarkdownOptions) {
  const survey: SurveyPluginOptions = {
    lessonAt: options.lessonAt,
    expressions: options.expressions,
    onSurvey: options.onSurvey,
    onAnchors: options.onAnchors,
    ...(options.throwOnProblems ? { throwOnProblems: true } : {}),
  };
  return {
    // At most `COMPILES_AT_ONCE` lessons compile at once (`limitCompiles`), here and on the
    // pool's workers (`pooled`), when the build has one.
    processor: limitCompiles(
      pooled(
        satteri({
          mdastPlugins: [lessonPlugin(survey)],
          // Astro's highlighter runs before these, its images and heading ids after them; the
          // self-checks' parts are read last of Mnemo's, once the others have finished them.
          hastPlugins: [baseLinksPlugin({ base: options.base }), taskListsPlugin(), cellSpacingPlugin(), anchorsPlugin(survey), prerenderPlugin()],
          // Dashes come from the lesson plugin, as they always were (see lib/markdown/dashes.ts).
          features: { gfm: true, smartPunctuation: { dashes: false } },
        }),
        options,
      ),
    ),
    syntaxHighlight: 'shiki' as const,
    // The transformers move Shiki's inline colours into a stylesheet, so the strict CSP holds.
    shikiConfig: { themes: CODE_THEMES, transformers: codeTransformers(options.codeStyles) },
  };
}

type Processor = ReturnType<typeof satteri>;
/**
 * How many lessons compile at once, in every lane together (compile-pool.ts). The bundler asks
 * for every lesson at the start, and Sätteri's compile waits once (for the highlighter) between
 * its Markdown and HTML stages, so without a limit every lesson of the guide was held parsed at
 * once, with the trees Mnemo's plugins read: at 3,000 lessons a limit took the compile's peak
 * memory from 3.4 GiB to 2.8-2.9 GiB and 1-3 s off it (issue 19). A thread compiles one lesson
 * at a time anyway; the rest keep a worker's queue (`WORKER_QUEUE`) and the bundler fed.
 */
export const COMPILES_AT_ONCE = 16;

/**
 * The processor with its renderers taking at most `limit` compiles at a time; the others wait
 * their turn, first come first served.
 * @param limit compiles at once, at least 1
 */
export function limitCompiles(processor: Processor, limit = COMPILES_AT_ONCE): Processor {
  let running = 0;
  const waiting: (() => void)[] = [];
  const inTurn = async <T>(compile: () => Promise<T>): Promise<T> => {
    // A finished compile hands its place straight to the next one waiting (`running` stays).
    if (running < limit) running++;
    else await new Promise<void>((go) => waiting.push(go));
    try {
      return await compile();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
  // The Markdown renderer compiles with `render`, the MDX one with `process`.
  const limited = <R extends object>(renderer: R, method: 'render' | 'process'): R => {
    const compile = (renderer as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]!;
    return { ...renderer, [method]: (...args: unknown[]) => inTurn(() => compile.apply(renderer, args)) };
  };
  const { createMdxRenderer } = processor;
  return {
    ...processor,
    createRenderer: async (shared) => limited(await processor.createRenderer(shared), 'render'),
    ...(createMdxRenderer ? { createMdxRenderer: async (shared, mdx) => limited(await createMdxRenderer(shared, mdx), 'process') } : {}),
  };
}

/** The processor with its MDX compiles shared with `options.pool`'s workers, if it has one. */
function pooled(processor: Processor, options: MarkdownOptions): Processor {
  const { pool } = options;
  const { createMdxRenderer } = processor;
  if (!pool || !createMdxRenderer) return processor;
  return {
    ...processor,
    createMdxRenderer: async (shared, mdx) => pool.share(await createMdxRenderer(shared, mdx) as never, shared as never, mdx as never),
  };
}
