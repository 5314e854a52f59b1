// @ts-check
/**
 * Mnemo's own configuration (../../astro.config.mjs), instrumented for `npm run bench -- --profile`:
 * every integration hook, remark/rehype plugin and Shiki transformer is timed (printed as
 * `[bench] name: 12.3 ms` lines), and parts of the generator can be switched off to measure
 * what they cost. Nothing here changes the generator; it only rewires its config for one build.
 *
 *   BENCH_OFF=checks   no lesson survey (self-checks, expressions, links, anchors: every lesson is
 *                      reported with none), and lessons render the self-check tags with
 *                      pass-through components (./checks-stub.ts) instead of Mnemo's
 *   BENCH_OFF=search   no Pagefind index (the `mnemo:search` integration's build:done hook is
 *                      left out; its other hooks stay, the pages need them)
 *   BENCH_OFF=code     no Mnemo Shiki transformers (line highlights, styles to classes)
 *   BENCH_OFF=links    no page ids noted (rehypeAnchors), so links to anchors are checked
 *                      against nothing but the self-checks (the links themselves are part of
 *                      the survey: \`checks\` switches that off)
 *   BENCH_OFF=csp      no Content-Security-Policy (Astro hashes every page's inline scripts and styles)
 *   BENCH_OFF=progress pages get no self-check ids for progress counts (./site-checks-stub.ts):
 *                      what finding and printing those counts costs
 *
 * Several can be combined: BENCH_OFF=checks,search.
 */
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mnemoConfig from '../../astro.config.mjs';
import { timed, timedPlugin, timedTransformer, report } from './timing.mjs';

const off = new Set((process.env.BENCH_OFF ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const stub = fileURLToPath(new URL('./checks-stub.ts', import.meta.url));
const siteChecksStub = fileURLToPath(new URL('./site-checks-stub.ts', import.meta.url));

/** Names of Mnemo's plugins that each switch removes or replaces. */
const REMARK_OFF = { checks: 'remarkSurvey' };
const REHYPE_OFF = { links: 'rehypeAnchors' };

const pluginName = (entry) => (Array.isArray(entry) ? entry[0] : entry).name;
const base = /** @type {any} */ (mnemoConfig.markdown?.processor).options;

/**
 * Stands in for remarkSurvey when `checks` is off: reports every lesson to the integration with
 * an empty survey, as the real plugin reports what it found, so the build does not fall back to
 * reading every lesson again and the profile measures the generator without the survey.
 */
const noSelfChecks = (options) => (_tree, file) => {
  const lesson = file.path ? options.lessonAt(file.path) : undefined;
  if (lesson) options.onSurvey(file.path, { file: lesson.file, slug: lesson.slug, problems: [], checks: [], ids: [], decks: [], references: [], anchors: [] });
};
const remarkPlugins = base.remarkPlugins
  .map((entry) => (off.has('checks') && pluginName(entry) === REMARK_OFF.checks ? [noSelfChecks, entry[1]] : entry))
  .filter((entry) => !Object.entries(REMARK_OFF).some(([flag, name]) => off.has(flag) && pluginName(entry) === name))
  .map((entry) => timedPlugin('remark', entry));
/** Shiki transformers, timed, or none when `code` is off. */
const transformers = (list = []) => (off.has('code') ? [] : list.map((t) => timedTransformer(t)));
// Shiki may run as a rehype plugin with Mnemo's transformers in its options.
const rehypePlugins = base.rehypePlugins
  .map((entry) => {
    if (!Array.isArray(entry) || entry[0].name !== 'rehypeShiki') return entry;
    const [plugin, options, ...rest] = entry;
    return [plugin, { ...options, transformers: transformers(options?.transformers) }, ...rest];
  })
  .filter((entry) => !Object.entries(REHYPE_OFF).some(([flag, name]) => off.has(flag) && pluginName(entry) === name))
  .map((entry) => timedPlugin('rehype', entry));
const shiki = mnemoConfig.markdown?.shikiConfig;

/** Swaps generator modules for the stubs of the parts switched off. */
const stubs = {
  name: 'bench:stubs',
  enforce: /** @type {const} */ ('pre'),
  resolveId(source, importer) {
    // The lesson page's components map: pass-through components instead of Mnemo's.
    if (off.has('checks') && source === '../components/checks' && importer?.includes('/src/pages/')) return stub;
    if (off.has('progress') && /\/progress\/site-checks(\.ts)?$/.test(source) && importer?.includes('/src/')) return siteChecksStub;
  },
};

/** The integration without its build:done hook (which writes the search index). */
function withoutIndexing(integration) {
  const { 'astro:build:done': _done, ...hooks } = integration.hooks;
  return { ...integration, hooks };
}

const integrations = (mnemoConfig.integrations ?? [])
  .flat()
  .filter(Boolean)
  .map((integration) => (off.has('search') && integration.name === 'mnemo:search' ? withoutIndexing(integration) : integration))
  .map((integration) => timed(integration));
integrations.push({
  name: 'bench:report',
  hooks: {
    'astro:config:setup': ({ updateConfig }) => {
      console.log(`[bench] switched off: ${[...off].join(', ') || 'nothing'}`);
      // Only when needed: any change to Vite's plugins makes it re-optimise its dependency cache.
      if (off.has('checks') || off.has('progress')) updateConfig({ vite: { plugins: [stubs] } });
    },
    'astro:build:done': () => report(),
  },
});

export default {
  ...mnemoConfig,
  ...(off.has('csp') ? { security: { ...mnemoConfig.security, csp: false } } : {}),
  markdown: {
    ...mnemoConfig.markdown,
    processor: unified({ ...base, remarkPlugins, rehypePlugins }),
    ...(shiki ? { shikiConfig: { ...shiki, transformers: transformers(shiki.transformers) } } : {}),
  },
  integrations,
};
