import type { Problem } from './problems';

/** Where a lesson's page came from, and the self-checks it holds (id -> source line). */
export interface LessonPage {
  file: string;
  html: string | undefined;
  checkLines: Map<string, number>;
  /** How many elements carry each id, when the caller has counted them (`idCounts`) already. */
  ids?: Map<string, number>;
}

/** How many elements of a page carry each id. */
export function idCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of html.matchAll(/\sid="([^"]+)"/g)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  return counts;
}

/**
 * Last checks on a built lesson page: it exists, its body is not empty (a lesson that failed
 * to render must not ship as a blank page), and no two elements share an id, since `#id`
 * links and search results would land on the wrong one.
 */
export function checkLessonPage(page: LessonPage): Problem[] {
  if (page.html === undefined) {
    return [{ file: page.file, line: 0, column: 0, message: 'The build produced no page for this lesson.', fix: 'Look for an error about this file earlier in the build output.' }];
  }
  const body = /<div class="mn-content"[^>]*>([\s\S]*?)<\/div>\s*(?:<nav class="mn-pager"|<mnemo-|<\/article>)/.exec(page.html)?.[1];
  if (body !== undefined && body.trim() === '') {
    return [{ file: page.file, line: 0, column: 0, message: 'This lesson rendered as an empty page.', fix: 'Look for an error about this file earlier in the build output; the lesson was not published.' }];
  }
  const counts = page.ids ?? idCounts(page.html);
  const problems: Problem[] = [];
  for (const [id, count] of counts) {
    if (count < 2) continue;
    const line = page.checkLines.get(id) ?? 0;
    problems.push({
      file: page.file,
      line,
      column: line ? 1 : 0,
      message: `${count} elements on this lesson's page have the id \`${id}\` (a heading's anchor and a self-check, or two headings), so \`#${id}\` links are ambiguous.`,
      fix: page.checkLines.has(id) ? `Give the self-check another id, e.g. \`id="${id}-check"\`, or rename the heading.` : 'Rename one of the headings.',
    });
  }
  return problems;
}
