// @ts-check
/**
 * Mnemo's own configuration (../../astro.config.mjs), instrumented for `npm run bench -- --profile`:
 * every integration hook, Sätteri plugin and Shiki transformer is timed (printed as
 * `[bench] name: 12.3 ms` lines), and parts of the generator can be switched off to measure
 * what they cost. Nothing here changes the generator; it only rewires its config for one build.
 *
 *   BENCH_OFF=checks   no lesson survey (self-checks, expressions, links, anchors: every lesson is
 *                      reported with none), and lessons render the self-check tags with
 *                      pass-through components (./checks-stub.ts) instead of Mnemo's
 *   BENCH_OFF=search   no Pagefind index (the `mnemo:search` integration's build:done hook is
 *                      left out; its other hooks stay, the pages need them)
 *   BENCH_OFF=code     no Mnemo Shiki transformers (line highlights, styles to classes)
 *   BENCH_OFF=links    no page ids noted (the anchors plugin), so links to anchors are checked
 *                      against nothing but the self-checks (the links themselves are part of
 *                      the survey: \`checks\` switches that off)
 *   BENCH_OFF=csp      no Content-Security-Policy (Astro hashes every page's inline scripts and styles)
 *   BENCH_OFF=progress pages get no self-check ids for progress counts (./site-checks-stub.ts):
 *                      what finding and printing those counts costs
 *
 * Several can be combined: BENCH_OFF=checks,search.
 */
import { fileURLToPath } from 'node:url';
import mnemoConfig from '../../astro.config.mjs';
import { timed, timedSatteriPlugin, timedTransformer, report } from './timing.mjs';

const off = new Set((process.env.BENCH_OFF ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const stub = fileURLToPath(new URL('./checks-stub.ts', import.meta.url));
const siteChecksStub = fileURLToPath(new URL('./site-checks-stub.ts', import.meta.url));

/**
 * Stands in for the lesson plugin when `checks` is off: reports every lesson to the integration
 * with an empty survey, as the real plugin reports what it found, so the build does not fall
 * back to reading every lesson again and the profile measures the generator without the survey.
 */
const noSelfChecks = (options) => ({
  name: 'mnemo:lesson (off)',
  before(_root, ctx) {
    const path = ctx.fileURL?.protocol === 'file:' ? fileURLToPath(ctx.fileURL) : undefined;
    const lesson = path ? options.lessonAt(path) : undefined;
    if (lesson) options.onSurvey(path, { file: lesson.file, slug: lesson.slug, problems: [], checks: [], ids: [], decks: [], references: [], anchors: [] });
  },
});

/** Sätteri plugins, timed, with those of the parts switched off replaced or left out. */
function plugins(kind, list = []) {
  return list
    .filter(Boolean)
    .map((plugin) => (off.has('checks') && plugin.name === 'mnemo:lesson' ? noSelfChecks(plugin.survey) : plugin))
    .filter((plugin) => !(off.has('links') && plugin.name === 'mnemo:anchors'))
    .map((plugin) => timedSatteriPlugin(kind, plugin));
}

/** Shiki transformers, timed, or none when `code` is off. */
const transformers = (list = []) => (off.has('code') ? [] : list.map((t) => timedTransformer(t)));

/** Mnemo's Markdown settings (set by its integration) with every plugin and transformer timed. */
function instrumentMarkdown(markdown) {
  const processor = markdown.processor;
  processor.options.mdastPlugins = plugins('mdast', processor.options.mdastPlugins);
  processor.options.hastPlugins = plugins('hast', processor.options.hastPlugins);
  const shiki = markdown.shikiConfig;
  return { ...markdown, ...(shiki ? { shikiConfig: { ...shiki, transformers: transformers(shiki.transformers) } } : {}) };
}

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

/** An integration Mnemo adds, timed (and the search index left out when `search` is off). */
const instrument = (integration) => timed(off.has('search') && integration.name === 'mnemo:search' ? withoutIndexing(integration) : integration);

/**
 * Mnemo's integration sets up the rest in its config:setup hook (`updateConfig`): the Markdown
 * processor, the integrations it adds, the CSP. Its settings are instrumented on their way in.
 */
function instrumentMnemo(integration) {
  const setup = integration.hooks['astro:config:setup'];
  const hooks = {
    ...integration.hooks,
    'astro:config:setup'(options) {
      const updateConfig = (config) => {
        const next = { ...config };
        if (config.markdown?.processor) next.markdown = instrumentMarkdown(config.markdown);
        if (config.integrations) next.integrations = config.integrations.flat().filter(Boolean).map(instrument);
        if (off.has('csp') && config.security) next.security = { ...config.security, csp: false };
        return options.updateConfig(next);
      };
      return setup.call(this, { ...options, updateConfig });
    },
  };
  return timed({ ...integration, hooks });
}

const integrations = (mnemoConfig.integrations ?? [])
  .flat()
  .filter(Boolean)
  .map((integration) => (integration.name === 'mnemo' ? instrumentMnemo(integration) : instrument(integration)));
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

export default { ...mnemoConfig, integrations };
