/**
 * The last checks on a built site: every lesson page exists, is not empty and has unique
 * ids, and every internal link and anchor of every lesson leads somewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CheckSpec } from '../checks/schema';
import type { Guide } from '../lib/content/model';
import { checkLinks, type BuiltSite, type LessonLink } from '../lib/links';
import { checkLessonPage, idCounts } from '../lib/page-checks';
import type { Problem } from '../lib/problems';

/**
 * Reads a built site folder lazily, for link checking. `ids` holds the ids of pages already
 * read (by page path, e.g. `basics/intro/`), so no page is read twice.
 */
function builtSite(dir: string, base: string, ids: Map<string, Set<string> | undefined>): BuiltSite {
  let pages: string[] | undefined;
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
    pages: () =>
      (pages ??= readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith(`${sep}index.html`) || path === 'index.html')
        .map((path) => relative(dir, join(dir, path, '..')).split(sep).join('/'))
        .filter(Boolean)
        .map((path) => `${path}/`)),
  };
}

/** Every problem of the built site in `outDir`: lesson pages first, then links. */
export function checkBuiltSite(outDir: string, base: string, guide: Guide, checks: readonly CheckSpec[], links: readonly LessonLink[]): Problem[] {
  const lines = new Map<string, Map<string, number>>();
  for (const check of checks) {
    let byId = lines.get(check.lesson);
    if (!byId) lines.set(check.lesson, (byId = new Map()));
    byId.set(check.id, check.line);
  }
  // Each lesson page is read once: its ids serve both its own checks and link checking.
  const pageIds = new Map<string, Set<string> | undefined>();
  const pageProblems = guide.lessons.flatMap((lesson) => {
    const file = join(outDir, lesson.slug, 'index.html');
    const html = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const ids = html === undefined ? undefined : idCounts(html);
    pageIds.set(`${lesson.slug}/`, ids && new Set(ids.keys()));
    return checkLessonPage({ file: lesson.file, html, checkLines: lines.get(lesson.slug) ?? new Map(), ids });
  });
  return [...pageProblems, ...checkLinks(links, builtSite(outDir, base, pageIds))];
}
