/**
 * Mnemo as one Astro integration: `integrations: [mnemo()]` is the whole configuration.
 * It reads the guide's settings and structure, sets Astro up for it (base, output folder,
 * the strict CSP, the one Markdown pipeline with its plugins), adds MDX, search and the
 * sitemap, serves the virtual modules pages read, reports every problem of the guide before
 * any page renders, and writes the build's own outputs (code colours, the self-check
 * catalogue, host files) before publishing the site. It owns every registry the plugins fill.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { collected, resetCollected } from '../checks/catalogue/collect';
import { languageNote, resolveStrings } from '../i18n';
import type { UiStrings } from '../i18n/en';
import { keepGuide } from '../lib/content/kept-guide';
import { loadGuide, type Guide } from '../lib/content/model';
import { CodeStyleRegistry } from '../lib/markdown/code-styles';
import { projectPaths, type ProjectPaths } from '../lib/paths';
import type { Problem } from '../lib/problems';
import { idsByLesson } from '../lib/progress/lesson-checks';
import { readSettings, type Settings } from '../lib/settings';
import { checkGuide, reportGuide } from '../lib/survey/check-guide';
import type { GuideReport } from '../lib/survey/guide-report';
import type { CompiledLesson } from '../lib/survey/plugins';
import type { LessonSurvey, PageAnchor } from '../lib/survey/types';
import { buildOverrides, builtBase, writeBuildRecord } from './build-options';
import { catalogueWriter, type CatalogueWriter } from './catalogue';
import { cspConfig } from './csp';
import { cspDigests } from './csp-digests';
import { devFiles } from './dev-server';
import { copyGuidePublic } from './guide-public';
import { CLOUDFLARE_RULE_LIMIT, writeHostFiles } from './host-files';
import { kindModules } from './kind-modules';
import { learnerDataModules } from './learner-data';
import { MDX_OPTIONS, markdownConfig } from './markdown';
import { startCompilePool, type CompilePool } from './compile-pool';
import { setPrintCollector } from '../print/build/collector';
import { startPrintWorker, type PrintWorker } from '../print/build/off-thread';
import { lessonFiles } from './lesson-files';
import { outputProblem, publish, stagingDir } from './publish';
import { logWarnings, reportText, stopBuild } from './report-output';
import { reviewModules } from './review-modules';
import { search } from './search';
import { lessonGlob } from './search-index';
import { handOffFile, writeHandOff, type HandOff } from './hand-off';
import { finishPages, handPages } from './finish-pages';
import { virtualModules } from './virtual-modules';

/** Stands in the bundle for each lesson's self-check ids until every lesson has been compiled. */
const PENDING_CHECKS = '__mnemo_checks_by_lesson_pending__';

/**
 * How many pages Astro renders at once: 4, unless the project's Astro config asks for more
 * than Astro's default of 1. A page's render waits on writing its file; with one page at a
 * time the main thread idled through a quarter of the render phase (issue 19: at 1,000
 * lessons the phase went from 9.3-10.7 s to 6.5-7.0 s on 2 cores, same output byte for byte).
 */
export function renderConcurrency(configured: number): number {
  return configured > 1 ? configured : 4;
}

/** The integration. Astro's project root is the generator's folder; the guide is `content/` or `MNEMO_CONTENT`. */
export function mnemo(): AstroIntegration {
  const codeStyles = new CodeStyleRegistry();
  const surveys = new Map<string, LessonSurvey>();
  const anchors = new Map<string, PageAnchor[]>();
  let paths: ProjectPaths;
  let guide: Guide;
  let settings: Settings;
  let ui: UiStrings;
  let staging: string;
  let files = new Map<string, CompiledLesson>();
  let report: GuideReport | undefined;
  /** The worker that fills the print page as lessons render, in a build by `npm run build` (print/build/off-thread.ts). */
  let printWorker: PrintWorker | undefined;
  /** The worker threads lessons also compile on, in a build by `npm run build` (compile-pool.ts). */
  let pool: CompilePool | undefined;
  /** The build's catalogue, started once every lesson has compiled. */
  let catalogue: CatalogueWriter | undefined;
  const catalogueOf = (checks: GuideReport['checks']) => (catalogue ??= catalogueWriter(staging, guide, checks, ui, settings.lang));
  /** Where `npm run build` asked for the hand-off (it indexes and publishes); undefined: this build does both. */
  let handOff: string | undefined;
  /** What the search integration left to `npm run build`: undefined until it asks. */
  let searchRequest: HandOff['search'];
  /** The pages left to `npm run build` to finish: undefined until the build is done. */
  let pagesToFinish: HandOff['pages'];
  /** Where a lesson's compile (in this thread or a worker's) reports its survey and its page's ids. */
  const onSurvey = (path: string, survey: LessonSurvey) => void surveys.set(resolve(path), survey);
  const onAnchors = (path: string, found: PageAnchor[]) => void anchors.set(resolve(path), found);
  /** A lesson's survey from its compile, with its page's ids; undefined if it did not compile. */
  const compiledSurvey = (lesson: { path: string }): LessonSurvey | undefined => {
    const survey = surveys.get(resolve(lesson.path));
    return survey && { ...survey, anchors: anchors.get(resolve(lesson.path)) ?? [] };
  };
  /** The guide's report once every lesson has compiled; stops the build when the guide has problems. */
  const complete = (): GuideReport => {
    if (report) return report;
    const found = reportGuide(paths, settings, guide, compiledSurvey);
    if (found.problems.length) stopBuild(found.problems, paths);
    return (report = found);
  };
  const stopWith = (problems: Problem[]) => stopBuild(problems, paths);

  return {
    name: 'mnemo',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        paths = projectPaths(fileURLToPath(config.root));
        const overrides = buildOverrides(config);
        if (command === 'preview') {
          // Serves the last build at the base it was built for; reads no lesson.
          const base = builtBase(paths.out, overrides) ?? readSettings(paths.content, paths.root, overrides).settings.base;
          updateConfig({ base, trailingSlash: 'always', outDir: pathToFileURL(paths.out + '/'), build: { format: 'directory' } });
          return;
        }
        const read = readSettings(paths.content, paths.root, overrides);
        settings = read.settings;
        ui = resolveStrings(settings.lang, settings.ui);
        const note = languageNote(settings.lang, settings.ui);
        if (note) logger.info(note);
        guide = loadGuide(paths.content, paths.root);
        // A build's pages read the same guide (lib/guide.ts), not every lesson's frontmatter again.
        if (command === 'build') keepGuide(paths.content, guide);
        files = lessonFiles(guide, paths);
        staging = stagingDir(paths);
        handOff = command === 'build' ? handOffFile() : undefined;
        searchRequest = undefined;
        pagesToFinish = undefined;
        printWorker = undefined;
        setPrintCollector(undefined);
        surveys.clear();
        anchors.clear();
        report = undefined;
        catalogue = undefined;
        resetCollected();
        logWarnings(logger, guide.warnings, paths);
        const output = command === 'build' ? [outputProblem(paths)].filter((p) => p !== undefined) : [];
        // A broken structure stops the build before Astro does anything, with the problems of
        // every lesson too (read from their sources): the same report as `npm run check`.
        if (command === 'build' && (read.problems.length || guide.problems.length || output.length)) stopWith([...output, ...checkGuide(paths, overrides).problems]);
        if (command === 'dev') {
          // The dev server stays up, so the author can fix content while it runs.
          const found = checkGuide(paths, overrides);
          if (found.problems.length) logger.error(reportText(found.problems, paths));
          report = { checks: found.checks, problems: [] };
        }
        // Each guide and output folder gets its own cache, so builds running side by side
        // (the tests build one guide for two hosts at once) never share one.
        const cacheKey = createHash('sha1').update(`${paths.content}\n${paths.out}`).digest('hex').slice(0, 10);
        const cacheDir = new URL(`node_modules/.astro/${cacheKey}/`, config.root);
        // Astro caches rendered .md lessons between builds; a build must see every lesson
        // compile, or their surveys and code colours would be missed.
        if (command === 'build') rmSync(new URL('data-store.json', cacheDir), { force: true });
        const lessonAt = (path: string) => files.get(resolve(path));
        // `npm run build` starts Astro with the hook that lets Node load the generator's
        // TypeScript, which a worker thread needs to compile lessons too (compile-pool.ts).
        pool?.stop();
        pool =
          command === 'build' && handOff
            ? startCompilePool(
                { lessons: [...files], base: settings.base, expressions: settings.expressions },
                { onSurvey, onAnchors, codeStyles },
              )
            : undefined;
        updateConfig({
          site: settings.site,
          base: settings.base,
          trailingSlash: 'always',
          // A build writes into its staging folder; the site is published once the build succeeded.
          outDir: pathToFileURL((command === 'build' ? staging : paths.out) + '/'),
          cacheDir,
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: renderConcurrency(config.build.concurrency) },
          devToolbar: { enabled: false },
          security: { csp: cspConfig() },
          markdown: markdownConfig({
            base: settings.base,
            expressions: settings.expressions,
            lessonAt,
            onSurvey,
            onAnchors,
            throwOnProblems: command === 'dev',
            codeStyles,
            ...(pool ? { pool } : {}),
          }),
          integrations: [
            search({
              glob: () => lessonGlob(guide.lessons.map((lesson) => lesson.slug)),
              defer: handOff ? (request) => void (searchRequest = request) : undefined,
            }),
            mdx(MDX_OPTIONS),
            ...(settings.site ? [sitemap()] : []),
            publisher(),
          ],
          vite: {
            plugins: [
              virtualModules({
                paths,
                settings,
                ui,
                // Known up front in dev; in a build, filled in once every lesson has compiled (`renderChunk`).
                checks: () => `export const checksByLesson = JSON.parse(${JSON.stringify(report ? JSON.stringify(idsByLesson(report.checks)) : PENDING_CHECKS)});`,
              }),
              reviewModules(settings),
              learnerDataModules(),
              kindModules(),
              cspDigests(),
              {
                name: 'mnemo:guide-report',
                // Every lesson has compiled: the guide's one report, before any page renders. A
                // lesson that failed to compile stopped the bundle; the lessons it did not reach
                // are read from their sources, so the report still holds every problem.
                buildEnd(error) {
                  if (command !== 'build' || this.environment?.name === 'client') return;
                  // Every lesson has compiled: the pool's workers are done.
                  pool?.stop();
                  if (!error) return void complete();
                  const found = reportGuide(paths, settings, guide, compiledSurvey);
                  if (found.problems.length) stopWith(found.problems);
                },
                // Only the chunk that waits for the ids: the filter spares the bundler a call into
                // JavaScript with the code of every other chunk.
                renderChunk: {
                  filter: { code: PENDING_CHECKS },
                  handler(code) {
                    const ids = JSON.stringify(JSON.stringify(idsByLesson(complete().checks)));
                    return { code: code.replace(new RegExp(`(["'])${PENDING_CHECKS}\\1`, 'g'), () => ids), map: null };
                  },
                },
                // Every environment is built and Astro is about to render the pages (its own
                // `buildApp` runs after this one): the catalogue's files are written meanwhile,
                // on a worker thread, rather than beside the bundler's own threads (catalogue.ts).
                buildApp: {
                  order: 'post',
                  async handler() {
                    if (command !== 'build' || !report) return;
                    catalogueOf(report.checks).start(collected());
                    // With the hook `npm run build` gives Astro, a worker can run the print page's code.
                    if (handOff) {
                      const worker = (printWorker = startPrintWorker(guide.root, settings.base));
                      setPrintCollector((slug, html) => worker.add(slug, html));
                    }
                  },
                },
              },
              devFiles(paths.content, settings.base, codeStyles),
            ],
            build: {
              rollupOptions: {
                // Every compiled MDX lesson carries Astro's own module directive; the bundler's
                // note about it would bury an author's real warnings, once per lesson.
                onwarn(warning: { code?: string }, warn: (w: { code?: string }) => void) {
                  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { checks } = complete();
        const finish = { guide, checks, base: settings.base, ui };
        setPrintCollector(undefined);
        // The print page's worker has every lesson page's part: it writes the page meanwhile.
        const printing = printWorker?.write(site, ui);
        printing?.catch(() => {});
        // `npm run build` finishes the pages itself once Astro has handed off, while Pagefind indexes
        // them (their HTML is final: Pagefind reads the lesson pages, which are only checked).
        if (handOff) pagesToFinish = handPages({ ...finish, ...(printWorker ? { print: false } : {}) }, paths);
        else {
          const problems = finishPages(site, finish);
          if (problems.length) stopWith(problems);
        }
        copyGuidePublic(paths.content, site);
        mkdirSync(join(site, '_mnemo'), { recursive: true });
        writeFileSync(join(site, '_mnemo', 'code.css'), codeStyles.css());
        const rules = writeHostFiles(site, settings.base);
        await catalogueOf(checks).finish(collected());
        await printing;
        writeBuildRecord(site, settings);
        if (rules > CLOUDFLARE_RULE_LIMIT) logger.warn(`_headers has ${rules} rules; Cloudflare Pages reads only the first ${CLOUDFLARE_RULE_LIMIT}.`);
      },
    },
  };

  /**
   * The last integration of the build: publishes the staged site once everything else is
   * written, or leaves that (with the search index and finishing the pages) to `npm run build`,
   * which does them as Astro's process ends (it publishes once Astro has exited).
   */
  function publisher(): AstroIntegration {
    return {
      name: 'mnemo:publish',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (handOff) return writeHandOff(handOff, { staging, out: paths.out, ...(searchRequest ? { search: searchRequest } : {}), ...(pagesToFinish ? { pages: pagesToFinish } : {}) });
          publish(staging, paths.out);
          logger.info(`Site written to ${paths.out}`);
        },
      },
    };
  }
}
