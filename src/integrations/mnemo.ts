/**
 * Mnemo as one Astro integration: `integrations: [mnemo()]` is the whole configuration.
 * It reads the guide's settings and structure, sets Astro up for it (base, output folder,
 * the strict CSP, the one Markdown pipeline with its plugins), adds MDX, search and the
 * sitemap, serves the virtual modules pages read, checks the guide, and writes the build's
 * own outputs (code colours, the self-check catalogue). It owns every registry the plugins
 * fill; nothing is shared through the config file.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { collected, resetCollected } from '../checks/catalogue/collect';
import { writeCatalogue } from '../checks/catalogue/write';
import type { LessonFile } from '../checks/build/remark-self-checks';
import type { LessonAnalysis } from '../checks/build/types';
import { analyseSource, joinLessons } from '../checks/build/validate-guide';
import type { CheckSpec } from '../checks/schema';
import { languageNote, resolveStrings } from '../i18n';
import { loadGuide, type Guide } from '../lib/content/model';
import type { LessonLink } from '../lib/links';
import { CodeStyleRegistry } from '../lib/markdown/code-styles';
import { projectPaths } from '../lib/paths';
import { ContentError, formatProblem, type Problem } from '../lib/problems';
import { idsByLesson } from '../lib/progress/lesson-checks';
import { loadSettings, type Settings } from '../lib/settings';
import type { UiStrings } from '../i18n/en';
import { markdownProcessor } from './markdown';
import { search } from './search';
import { checkBuiltSite } from './site-checks';
import { virtualModules } from './virtual-modules';

/** Stands in the bundle for each lesson's self-check ids until every lesson has been compiled. */
const PENDING_CHECKS = '__mnemo_checks_by_lesson_pending__';

/** The guide's problems, warnings and self-checks, as one build knows them. */
interface ContentReport {
  problems: Problem[];
  warnings: Problem[];
  checks: CheckSpec[];
}

/** A lesson's file names for messages and specs, its slug and title line, by absolute path. */
function lessonFiles(guide: Guide, contentDir: string): Map<string, LessonFile & { titleLine?: number }> {
  return new Map(
    guide.lessons.map((lesson) => [
      resolve(lesson.path),
      {
        file: lesson.file,
        guideFile: relative(contentDir, lesson.path).split(sep).join('/'),
        slug: lesson.slug,
        ...(lesson.titleLine === undefined ? {} : { titleLine: lesson.titleLine }),
      },
    ]),
  );
}

/**
 * The guide's report from the lessons the build compiled (each parsed and checked once, by
 * the compile's own `remarkSelfChecks`); a lesson the compile did not see is read and checked
 * here. Collects every problem of every file, so an author fixes them in one pass.
 */
function contentReport(guide: Guide, files: Map<string, LessonFile>, compiled: Map<string, LessonAnalysis>): ContentReport {
  const lessons = guide.lessons
    .filter((lesson) => lesson.format === 'mdx')
    .map((lesson) => {
      const path = resolve(lesson.path);
      const analysis = compiled.get(path) ?? analyseSource({ ...files.get(path)!, lesson: lesson.slug, source: readFileSync(lesson.path, 'utf8') });
      return { file: lesson.file, ...analysis };
    });
  const joined = joinLessons(lessons);
  return { problems: [...guide.problems, ...joined.problems], warnings: guide.warnings, checks: joined.checks };
}

function logWarnings(logger: AstroIntegrationLogger, warnings: Problem[]) {
  for (const warning of warnings) logger.warn(formatProblem(warning));
}

/** The integration. Astro's project root is the generator's folder; the guide is `content/` or `MNEMO_CONTENT`. */
export function mnemo(): AstroIntegration {
  const codeStyles = new CodeStyleRegistry();
  const links: LessonLink[] = [];
  const compiled = new Map<string, LessonAnalysis>();
  let guide: Guide;
  let settings: Settings;
  let ui: UiStrings;
  let files = new Map<string, LessonFile & { titleLine?: number }>();
  let report: ContentReport | undefined;
  /** The report once every lesson has compiled; throws a `ContentError` when the guide has problems. */
  const complete = (): ContentReport => {
    if (report) return report;
    const found = contentReport(guide, files, compiled);
    if (found.problems.length) throw new ContentError(found.problems);
    return (report = found);
  };

  return {
    name: 'mnemo',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const paths = projectPaths(fileURLToPath(config.root));
        settings = loadSettings(paths.content, paths.root);
        ui = resolveStrings(settings.lang, settings.ui);
        const note = languageNote(settings.lang, settings.ui);
        if (note) logger.info(note);
        guide = loadGuide(paths.content, paths.root);
        files = lessonFiles(guide, paths.content);
        compiled.clear();
        links.length = 0;
        resetCollected();
        // Each guide and output folder gets its own cache, so builds running side by side
        // (the tests build one guide for two hosts at once) never share one.
        const cacheKey = createHash('sha1').update(`${paths.content}\n${paths.out}`).digest('hex').slice(0, 10);
        const cacheDir = new URL(`node_modules/.astro/${cacheKey}/`, config.root);
        // Astro caches rendered .md lessons between builds; a build must see every lesson
        // render, or the code colours and links of cached lessons would be missed.
        if (command === 'build') rmSync(new URL('data-store.json', cacheDir), { force: true });
        // A build checks self-checks as it compiles each lesson (one parse per lesson). The dev
        // server, `astro check`, and a guide whose structure is already wrong validate every
        // lesson up front, so all problems show at once.
        report = command !== 'build' || guide.problems.length ? contentReport(guide, files, new Map()) : undefined;
        logWarnings(logger, guide.warnings);
        if (report?.problems.length) {
          const error = new ContentError(report.problems);
          // The dev server stays up so the author can fix content while it runs.
          if (command === 'dev') logger.error(error.message);
          else throw error;
        }
        updateConfig({
          site: settings.site,
          base: settings.base,
          trailingSlash: 'always',
          outDir: pathToFileURL(paths.out + sep),
          cacheDir,
          build: { format: 'directory', inlineStylesheets: 'never' },
          devToolbar: { enabled: false },
          // Every page carries a strict Content-Security-Policy (a <meta> tag with hashes of its
          // inline scripts and styles), so the site is safe on any static host. Search needs WebAssembly.
          security: {
            csp: {
              directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
              algorithm: 'SHA-256',
              scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
              styleDirective: { resources: ["'self'"] },
            },
          },
          markdown: {
            processor: markdownProcessor({
              base: settings.base,
              lessonAt: (path) => files.get(resolve(path)),
              onLesson: (path, analysis) => compiled.set(resolve(path), analysis),
              links,
              codeStyles,
            }),
            syntaxHighlight: false,
          },
          integrations: [search(), mdx(), ...(settings.site ? [sitemap()] : [])],
          vite: {
            plugins: [
              virtualModules({
                paths,
                settings,
                ui,
                // Known up front in dev; in a build, filled in once every lesson has compiled (`renderChunk`).
                checks: () => `export const checksByLesson = JSON.parse(${JSON.stringify(report ? JSON.stringify(idsByLesson(report.checks)) : PENDING_CHECKS)});`,
              }),
              {
                name: 'mnemo:build-checks',
                // A lesson that fails to compile stops the bundle; every lesson is then checked
                // from its source, so the author gets every problem of the guide at once.
                buildEnd(error) {
                  if (!error || report) return;
                  const full = contentReport(guide, files, new Map());
                  if (full.problems.length) throw new ContentError(full.problems);
                },
                renderChunk(code) {
                  if (!code.includes(PENDING_CHECKS)) return null;
                  const ids = JSON.stringify(JSON.stringify(idsByLesson(complete().checks)));
                  return { code: code.replace(new RegExp(`(["'])${PENDING_CHECKS}\\1`, 'g'), () => ids), map: null };
                },
              },
              {
                name: 'mnemo:dev-code-styles',
                // In `astro dev`, serves the code-colour stylesheet that a build writes to `_mnemo/code.css`.
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    if (req.url?.split('?')[0] !== `${settings.base}_mnemo/code.css`) return next();
                    res.setHeader('content-type', 'text/css');
                    res.end(codeStyles.css());
                  });
                },
              },
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
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const { checks } = complete();
        const problems = checkBuiltSite(outDir, settings.base, guide, checks, links);
        if (problems.length) throw new ContentError(problems);
        mkdirSync(join(outDir, '_mnemo'), { recursive: true });
        writeFileSync(join(outDir, '_mnemo', 'code.css'), codeStyles.css());
        writeCatalogue(outDir, guide, checks, collected(), ui, settings.lang);
      },
    },
  };
}
