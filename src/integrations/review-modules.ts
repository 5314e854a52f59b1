/**
 * The review feature's build wiring, as one Vite plugin:
 * - `virtual:mnemo/review`: the guide's review configuration (`src/review/config.ts`), one named
 *   export per setting;
 * - `virtual:mnemo/review-module/<name>`: the URL of a review module that loads on demand,
 *   emitted as a chunk of its own. Pages load it with `import(url)` or a `<script>` element,
 *   which Vite leaves alone, so no page carries its ~1 KB preload helper for it (as search does,
 *   src/integrations/search.ts). One virtual module per URL, so each is inlined into its one user.
 * - the URL of the question element's script on lesson pages, which the review page loads as it
 *   is (`questionElementScript`): importing the element's module from review code instead would
 *   split it out of that script, and every lesson page would load one more file.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Settings } from '../lib/settings';
import { reviewConfig } from '../review/config';

const CONFIG_ID = 'virtual:mnemo/review';
const MODULE_PREFIX = 'virtual:mnemo/review-module/';
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The modules loaded on demand, by name. */
const ON_DEMAND: Record<string, string> = {
  /** Every page, when the browser is idle: the header's due count, and review state following progress. */
  watch: source('../review/client/watch.ts'),
  /** Folding lesson-page results into the schedule, and following resets (needs ts-fsrs). */
  sync: source('../review/client/sync.ts'),
  /** The review page's scheduling (ts-fsrs), when the browser is idle or a rating needs it. */
  scheduler: source('../review/client/scheduler.ts'),
  /** The review page, when a question is due: rendering it. */
  question: source('../review/client/question-item.ts'),
};

/** The question element's module (`<mnemo-question>`), which lesson pages load. */
const QUESTION_ELEMENT = source('../checks/client/question.ts');

const REGISTRY = Symbol.for('mnemo.review.questionElement');
type Holder = { [REGISTRY]?: string };

/**
 * The URL of the script that defines `<mnemo-question>`, as the client build wrote it (the
 * module's own file in the dev server); undefined when no page has a question. Pages render
 * after the client build, in the same process.
 */
export function questionElementScript(): string | undefined {
  return (globalThis as Holder)[REGISTRY];
}

/** Serves the review feature's virtual modules for the guide with `settings`, and finds the question element's script. */
export function reviewModules(settings: Settings): Plugin {
  let serve = false;
  let base = '/';
  return {
    name: 'mnemo:review-modules',
    configResolved(config) {
      serve = config.command === 'serve';
      base = config.base;
      (globalThis as Holder)[REGISTRY] = serve ? `${base}@fs${QUESTION_ELEMENT}` : undefined;
    },
    // The filters let the bundler skip the other ids without calling into JavaScript.
    resolveId: { filter: { id: /^virtual:mnemo\/review/ }, handler: (id) => (id === CONFIG_ID || id.startsWith(MODULE_PREFIX) ? `\0${id}` : undefined) },
    load: {
      filter: { id: /^\0virtual:mnemo\/review/ },
      handler(id) {
        // Named exports, so that a script bundles only the settings it reads.
        if (id === `\0${CONFIG_ID}`) {
          return Object.entries(reviewConfig(settings))
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n');
        }
        const name = id.startsWith(`\0${MODULE_PREFIX}`) ? id.slice(MODULE_PREFIX.length + 1) : undefined;
        const file = name === undefined ? undefined : ON_DEMAND[name];
        if (!file) return undefined;
        if (serve) return `export default ${JSON.stringify(`${base}@fs${file}`)};`;
        const ref = this.emitFile({ type: 'chunk', id: file, name: `review-${name}` });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      },
    },
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((output) => output.type === 'chunk' && output.moduleIds.includes(QUESTION_ELEMENT));
      if (chunk) (globalThis as Holder)[REGISTRY] = `${base}${chunk.fileName}`;
    },
  };
}
