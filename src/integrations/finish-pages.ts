/**
 * What is done to the site once every page is written: the last checks on each lesson page
 * (it exists, is not empty, has unique ids) and the `print/` page, filled from the same reads
 * of those pages (each lesson page was read twice, once for each). Links, anchors and images
 * were checked before rendering (the guide's report); this catches what only the rendered page
 * shows, such as a heading whose id the page layout also uses. A problem here stops the build
 * before the site is published.
 */
import type { UiStrings } from '../i18n/en';
import { guideOfTree, type Guide, type Section } from '../lib/content/model';
import { checkLessonPage } from '../lib/page-checks';
import type { Problem } from '../lib/problems';
import { formatReport } from '../lib/report';
import { readBuiltPage, writePrintPage } from '../print/build/write';

/** A self-check as the page checks need it: its lesson's slug, its id and its source line. */
export interface CheckLine {
  lesson: string;
  id: string;
  line: number;
}

/** What finishing the pages reads besides the site itself. */
export interface PageFinish {
  guide: Guide;
  /** Every self-check of the guide (the guide's report has them: `CheckSpec` fits). */
  checks: readonly CheckLine[];
  /** The site's base, e.g. `/` or `/guide/`. */
  base: string;
  ui: Pick<UiStrings, 'print'>;
  /** False when the `print/` page is already written (print/build/off-thread.ts): the pages are only checked. */
  print?: boolean;
}

/**
 * Checks every lesson page of the site in `site` and fills its `print/` page, reading each
 * lesson page once. The print page is written even when a page has a problem: the caller
 * then stops the build, and the staged site is not published.
 * @param site absolute path of the built (staged) site
 * @returns the problems found, each at its lesson's file (and the self-check's line, for an id used twice)
 * @throws Error when the `print/` page was built without its placeholder (`writePrintPage`)
 */
export function finishPages(site: string, input: PageFinish): Problem[] {
  const lines = new Map<string, Map<string, number>>();
  for (const check of input.checks) {
    let byId = lines.get(check.lesson);
    if (!byId) lines.set(check.lesson, (byId = new Map()));
    byId.set(check.id, check.line);
  }
  const lessons = new Map(input.guide.lessons.map((lesson) => [lesson.slug, lesson]));
  const problems: Problem[] = [];
  const checked = new Set<string>();
  const readLesson = (slug: string): string | undefined => {
    const html = readBuiltPage(site, slug);
    const lesson = lessons.get(slug);
    if (lesson && !checked.has(slug)) {
      checked.add(slug);
      problems.push(...checkLessonPage({ file: lesson.file, html, checkLines: lines.get(slug) ?? new Map() }));
    }
    return html;
  };
  if (input.print !== false) writePrintPage(site, input.guide, input.base, input.ui, readLesson);
  // The print page reads every lesson of the guide's tree; none is left, but no page goes unchecked.
  for (const slug of lessons.keys()) if (!checked.has(slug)) readLesson(slug);
  return problems;
}

/**
 * What finishing the pages reads, as `astro build` hands it to `npm run build` (hand-off.ts),
 * which finishes them while Pagefind indexes the site: plain data, written as JSON.
 */
export interface HandedPages {
  /** The guide's tree (`Guide.root`): its lessons and sections are read back from it (`guideOfTree`). */
  guide: Section;
  checks: CheckLine[];
  base: string;
  ui: Pick<UiStrings, 'print'>;
  /** The project's root and the guide's folder (absolute paths), which the report's paths are given relative to. */
  root: string;
  content: string;
  /** False when the `print/` page is already written: the pages are only checked. */
  print?: false;
}

/**
 * What `astro build` hands over for finishing the pages of this build (see `HandedPages`).
 * @param paths the project's root and the guide's folder, absolute
 */
export function handPages(input: PageFinish, paths: { root: string; content: string }): HandedPages {
  return {
    guide: input.guide.root,
    checks: input.checks.map(({ lesson, id, line }) => ({ lesson, id, line })),
    base: input.base,
    ui: { print: input.ui.print },
    root: paths.root,
    content: paths.content,
    ...(input.print === false ? { print: false as const } : {}),
  };
}

/**
 * `finishPages` on what the build handed over: fills the `print/` page of the site in `site`
 * and checks its lesson pages.
 * @returns the guide's report of the problems found (as the build prints it, paths relative to
 *   the guide's folder), or undefined when there is none
 * @throws Error when the `print/` page was built without its placeholder (`writePrintPage`)
 */
export function finishHandedPages(site: string, handed: HandedPages): string | undefined {
  const problems = finishPages(site, { guide: guideOfTree(handed.guide), checks: handed.checks, base: handed.base, ui: handed.ui, ...(handed.print === false ? { print: false } : {}) });
  return problems.length ? formatReport(problems, { root: handed.root, guide: handed.content }) : undefined;
}
