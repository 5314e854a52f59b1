import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { loadGuide } from '../lib/content/model';
import type { CodeStyleRegistry } from '../lib/markdown/code-styles';
import type { ProjectPaths } from '../lib/paths';
import { ContentError, formatProblem, type Problem } from '../lib/problems';
import type { Settings } from '../lib/settings';
import { validateLessonSources } from '../lib/checks/validate-guide';
import type { CheckEntry } from '../lib/checks/analyze';
import { checkLinks, type BuiltSite, type LessonLink } from '../lib/links';
import { checkLessonPage } from '../lib/page-checks';

const VIRTUAL_ID = 'virtual:mnemo/project';

/** Everything a build needs to know about the guide, found once before Astro starts. */
export interface ContentReport {
  problems: Problem[];
  warnings: Problem[];
  checks: CheckEntry[];
}

/**
 * Validates the whole guide: the content model (frontmatter, sections) and every self-check.
 * Collects every problem of every file, so an author fixes them in one pass.
 */
export function validateContent(paths: ProjectPaths): ContentReport {
  const guide = loadGuide(paths.content, paths.root);
  const sources = guide.lessons
    .filter((lesson) => lesson.format === 'mdx')
    .map((lesson) => ({ file: lesson.file, lesson: lesson.slug, source: readFileSync(lesson.path, 'utf8') }));
  const checks = validateLessonSources(sources);
  return { problems: [...guide.problems, ...checks.problems], warnings: guide.warnings, checks: checks.checks };
}

function logWarnings(logger: AstroIntegrationLogger, warnings: Problem[]) {
  for (const warning of warnings) logger.warn(formatProblem(warning));
}

/**
 * Serves the project's paths and settings to pages as `virtual:mnemo/project`, and each
 * lesson's self-check ids as found by validation, so pages need not parse lessons again.
 */
function projectModule(paths: ProjectPaths, settings: Settings, checks: CheckEntry[]): Plugin {
  const resolved = '\0' + VIRTUAL_ID;
  const byLesson: Record<string, { questions: string[]; cards: string[] }> = {};
  for (const check of checks) {
    const ids = (byLesson[check.lesson] ??= { questions: [], cards: [] });
    (check.kind === 'flashcard' ? ids.cards : ids.questions).push(check.id);
  }
  return {
    name: 'mnemo:project',
    resolveId: (id) => (id === VIRTUAL_ID ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? [
            `export const paths = ${JSON.stringify(paths)};`,
            `export const settings = ${JSON.stringify(settings)};`,
            `export const checksByLesson = ${JSON.stringify(byLesson)};`,
          ].join('\n')
        : undefined,
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

/** Reads a built site folder lazily, for link checking. */
function builtSite(dir: string, base: string): BuiltSite {
  const ids = new Map<string, Set<string> | undefined>();
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
        ids.set(path, existsSync(file) ? new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) : undefined);
      }
      return ids.get(path);
    },
    pages: () => (pages ??= walk(dir).filter(Boolean).map((p) => `${p}/`)),
  };
}

/** The generator's build-time glue: validation, project data for pages, build outputs. */
export function mnemo(options: { paths: ProjectPaths; settings: Settings; codeStyles: CodeStyleRegistry; links: LessonLink[] }): AstroIntegration {
  const { paths, settings, codeStyles, links } = options;
  let report: ContentReport;
  return {
    name: 'mnemo',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // Astro caches rendered .md lessons between builds; a build must see every lesson
        // render, or the code colours and links of cached lessons would be missed.
        if (command === 'build') rmSync(new URL('data-store.json', config.cacheDir), { force: true });
        report = validateContent(paths);
        logWarnings(logger, report.warnings);
        if (report.problems.length) {
          const error = new ContentError(report.problems);
          // The dev server stays up so the author can fix content while it runs.
          if (command === 'dev') logger.error(error.message);
          else throw error;
        }
        updateConfig({
          vite: {
            plugins: [projectModule(paths, settings, report.checks), devCodeStyles(settings.base, codeStyles)],
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
        const pageProblems = loadGuide(paths.content, paths.root).lessons.flatMap((lesson) => {
          const file = join(outDir, lesson.slug, 'index.html');
          const checkLines = new Map(report.checks.filter((c) => c.lesson === lesson.slug).map((c) => [c.id, c.line]));
          return checkLessonPage({ file: lesson.file, html: existsSync(file) ? readFileSync(file, 'utf8') : undefined, checkLines });
        });
        const broken = [...pageProblems, ...checkLinks(links, builtSite(outDir, settings.base))];
        if (broken.length) throw new ContentError(broken);
        const out = join(fileURLToPath(dir), '_mnemo');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'code.css'), codeStyles.css());
        writeFileSync(join(out, 'checks.json'), JSON.stringify({ version: 1, checks: report.checks }, null, 1));
      },
    },
  };
}
