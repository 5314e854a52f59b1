import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { loadGuide, type Guide } from '../lib/content/model';
import type { CodeStyleRegistry } from '../lib/markdown/code-styles';
import type { ProjectPaths } from '../lib/paths';
import { ContentError, formatProblem, type Problem } from '../lib/problems';
import type { Settings } from '../lib/settings';
import { analyseSource, joinLessons, type AnalysedLesson } from '../lib/checks/validate-guide';
import type { CheckEntry } from '../lib/checks/analyze';
import { checkLinks, type BuiltSite, type LessonLink } from '../lib/links';
import { checksPerLesson, idsByLesson } from '../lib/progress/lesson-checks';
import { checkLessonPage, idCounts } from '../lib/page-checks';

const VIRTUAL_ID = 'virtual:mnemo/project';
const CHECKS_ID = 'virtual:mnemo/checks';
/** Stands in the bundle for each lesson's self-check ids until every lesson has been compiled. */
const PENDING_CHECKS = '__mnemo_checks_by_lesson_pending__';

/**
 * The self-checks of each lesson as the build's own compile found them (`remarkSelfChecks`
 * reports them through `onLesson`), by absolute path of the lesson.
 */
export type CompiledLessons = Map<string, AnalysedLesson>;

/** Everything a build needs to know about the guide: its problems, warnings and self-checks. */
export interface ContentReport {
  problems: Problem[];
  warnings: Problem[];
  checks: CheckEntry[];
}

/**
 * The guide's report from the lessons the build has compiled (each parsed and checked once, by
 * the compile's own `remarkSelfChecks`); a lesson the compile did not see is read and checked
 * here. Collects every problem of every file, so an author fixes them in one pass.
 */
function compiledReport(guide: Guide, compiled: CompiledLessons): ContentReport {
  const lessons = guide.lessons
    .filter((lesson) => lesson.format === 'mdx')
    .map(
      (lesson) =>
        compiled.get(resolve(lesson.path)) ??
        analyseSource({ file: lesson.file, lesson: lesson.slug, source: readFileSync(lesson.path, 'utf8') }),
    );
  const checks = joinLessons(lessons);
  return { problems: [...guide.problems, ...checks.problems], warnings: guide.warnings, checks: checks.checks };
}

function logWarnings(logger: AstroIntegrationLogger, warnings: Problem[]) {
  for (const warning of warnings) logger.warn(formatProblem(warning));
}

/** Serves the project's paths and settings to pages and the content config as `virtual:mnemo/project`. */
function projectModule(paths: ProjectPaths, settings: Settings): Plugin {
  const resolved = '\0' + VIRTUAL_ID;
  return {
    name: 'mnemo:project',
    resolveId: (id) => (id === VIRTUAL_ID ? resolved : undefined),
    load: (id) =>
      id === resolved ? `export const paths = ${JSON.stringify(paths)};\nexport const settings = ${JSON.stringify(settings)};` : undefined,
  };
}

/** How the build learns the guide's self-checks. */
interface ChecksSource {
  /** The report, once known: from validation before Astro started, or once every lesson has compiled. */
  known(): ContentReport | undefined;
  /** The report from the lessons compiled so far; throws a `ContentError` when the guide has problems. */
  complete(): ContentReport;
  /** Validates every lesson from its source, for a build that failed: all problems at once. */
  revalidate(): ContentReport;
}

/**
 * Serves `virtual:mnemo/checks`: each lesson's self-check ids, so pages need not parse lessons.
 * A build compiles each lesson once and checks its self-checks in that compile; the ids are
 * filled into the bundle when it is written, after every lesson has compiled and before any
 * page renders. A lesson that fails to compile stops the bundle; every lesson is then
 * validated from its source so the author gets every problem of the guide at once.
 */
function checksModule(source: ChecksSource): Plugin {
  const resolved = '\0' + CHECKS_ID;
  return {
    name: 'mnemo:checks',
    resolveId: (id) => (id === CHECKS_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const known = source.known();
      const value = known ? JSON.stringify(JSON.stringify(idsByLesson(known.checks))) : JSON.stringify(PENDING_CHECKS);
      return `export const checksByLesson = JSON.parse(${value});`;
    },
    buildEnd(error) {
      if (!error || source.known()) return;
      const report = source.revalidate();
      if (report.problems.length) throw new ContentError(report.problems);
    },
    renderChunk(code) {
      if (!code.includes(PENDING_CHECKS)) return null;
      const ids = JSON.stringify(JSON.stringify(idsByLesson(source.complete().checks)));
      return { code: code.replace(new RegExp(`(["'])${PENDING_CHECKS}\\1`, 'g'), () => ids), map: null };
    },
  };
}

/** In `astro dev`, serves the code-colour stylesheet that a build writes to `_mnemo/code.css`. */
function devCodeStyles(base: string, registry: CodeStyleRegistry): Plugin {
  return {
    name: 'mnemo:dev-code-styles',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${base}_mnemo/code.css`) return next();
        res.setHeader('content-type', 'text/css');
        res.end(registry.css());
      });
    },
  };
}

/**
 * Reads a built site folder lazily, for link checking. `ids` holds the ids of pages already
 * read (by page path, e.g. `basics/intro/`), so no page is read twice.
 */
function builtSite(dir: string, base: string, ids = new Map<string, Set<string> | undefined>()): BuiltSite {
  let pages: string[] | undefined;
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name === 'index.html' ? [relative(dir, folder).split(sep).join('/')] : [],
    );
  return {
    base,
    hasFile: (path) => existsSync(join(dir, path)) && statSync(join(dir, path)).isFile(),
    pageIds(path) {
      if (!ids.has(path)) {
        const file = join(dir, path, 'index.html');
        ids.set(path, existsSync(file) ? new Set(idCounts(readFileSync(file, 'utf8')).keys()) : undefined);
      }
      return ids.get(path);
    },
    pages: () => (pages ??= walk(dir).filter(Boolean).map((p) => `${p}/`)),
  };
}

/** The generator's build-time glue: validation, project data for pages, build outputs. */
export function mnemo(options: {
  paths: ProjectPaths;
  settings: Settings;
  codeStyles: CodeStyleRegistry;
  links: LessonLink[];
  /** Filled by `remarkSelfChecks` (its `onLesson`) as the build compiles lessons. */
  compiled: CompiledLessons;
}): AstroIntegration {
  const { paths, settings, codeStyles, links, compiled } = options;
  let guide: Guide;
  let report: ContentReport | undefined;
  const source: ChecksSource = {
    known: () => report,
    complete() {
      if (report) return report;
      const found = compiledReport(guide, compiled);
      if (found.problems.length) throw new ContentError(found.problems);
      return (report = found);
    },
    revalidate: () => compiledReport(guide, new Map()),
  };
  return {
    name: 'mnemo',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // Astro caches rendered .md lessons between builds; a build must see every lesson
        // render, or the code colours and links of cached lessons would be missed.
        if (command === 'build') rmSync(new URL('data-store.json', config.cacheDir), { force: true });
        guide = loadGuide(paths.content, paths.root);
        compiled.clear();
        // A build checks self-checks as it compiles each lesson (one parse per lesson). The dev
        // server, `astro check`, and a guide whose structure is already wrong validate every
        // lesson up front, so all problems show at once.
        if (command !== 'build' || guide.problems.length) report = compiledReport(guide, new Map());
        logWarnings(logger, guide.warnings);
        if (report?.problems.length) {
          const error = new ContentError(report.problems);
          // The dev server stays up so the author can fix content while it runs.
          if (command === 'dev') logger.error(error.message);
          else throw error;
        }
        updateConfig({
          vite: {
            plugins: [projectModule(paths, settings), checksModule(source), devCodeStyles(settings.base, codeStyles)],
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
        const { checks } = source.complete();
        const perLesson = checksPerLesson(checks);
        // Each lesson page is read once: its ids serve both its own checks and link checking.
        const pageIds = new Map<string, Set<string> | undefined>();
        const pageProblems = guide.lessons.flatMap((lesson) => {
          const file = join(outDir, lesson.slug, 'index.html');
          const html = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
          const ids = html === undefined ? undefined : idCounts(html);
          pageIds.set(`${lesson.slug}/`, ids && new Set(ids.keys()));
          const checkLines = new Map((perLesson.get(lesson.slug) ?? []).map((check) => [check.id, check.line]));
          return checkLessonPage({ file: lesson.file, html, checkLines, ids });
        });
        const broken = [...pageProblems, ...checkLinks(links, builtSite(outDir, settings.base, pageIds))];
        if (broken.length) throw new ContentError(broken);
        const out = join(fileURLToPath(dir), '_mnemo');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'code.css'), codeStyles.css());
        writeFileSync(join(out, 'checks.json'), JSON.stringify({ version: 1, checks }, null, 1));
      },
    },
  };
}
