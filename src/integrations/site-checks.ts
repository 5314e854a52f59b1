/**
 * The last checks on a built site, after pages render: every lesson page exists, is not
 * empty and has unique ids. Links, anchors and images were checked before rendering (the
 * guide's report); this catches what only the rendered page shows, such as a heading whose
 * id the page layout also uses. A problem here stops the build before the site is published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckSpec } from '../checks/schema';
import type { Guide } from '../lib/content/model';
import { checkLessonPage, idCounts } from '../lib/page-checks';
import type { Problem } from '../lib/problems';

/** Every problem of the lesson pages built in `outDir`. */
export function checkBuiltPages(outDir: string, guide: Guide, checks: readonly CheckSpec[]): Problem[] {
  const lines = new Map<string, Map<string, number>>();
  for (const check of checks) {
    let byId = lines.get(check.lesson);
    if (!byId) lines.set(check.lesson, (byId = new Map()));
    byId.set(check.id, check.line);
  }
  return guide.lessons.flatMap((lesson) => {
    const file = join(outDir, lesson.slug, 'index.html');
    const html = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    return checkLessonPage({ file: lesson.file, html, checkLines: lines.get(lesson.slug) ?? new Map(), ...(html === undefined ? {} : { ids: idCounts(html) }) });
  });
}
