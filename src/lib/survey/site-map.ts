/**
 * What the built site will hold, known before any page renders: the pages (lessons with the
 * ids their content and self-checks give them, and the pages Mnemo makes), and the files (the
 * guide's and the generator's `public/` folders, and what the build writes). Links and images
 * are checked against it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CheckSpec } from '../../checks/schema';
import { RESERVED_ADDRESSES, type Guide } from '../content/model';
import type { SiteMap } from '../links';
import type { LessonSurvey } from './types';

/**
 * Ids the page layout gives every page besides the lesson's content (`<main id="main">`, the
 * search dialog's, the table of contents'). A later addition is still caught after rendering
 * (`page-checks.ts`), but only these are reported with everything else.
 */
export const LAYOUT_IDS: readonly string[] = ['main', 'mn-toc-title', 'mn-search-title', 'mn-search-input', 'mn-search-results'];

/** Pages Mnemo makes for every guide (authoring contract, Extension 1), whose ids are not checked. */
const STUDY_PAGES = RESERVED_ADDRESSES.filter((address) => address !== 'pagefind').map((address) => `${address}/`);
/** Files and folders the build writes besides pages. */
const BUILD_FILES = ['404.html', 'sitemap-index.xml', '_headers'];
const BUILD_FOLDERS = ['_astro/', '_mnemo/', 'pagefind/'];

/** Every file under `dir`, relative to it with `/`, or none when it does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** What a site map is made from. */
export interface SiteMapInput {
  guide: Guide;
  /** The guide's folder. */
  contentDir: string;
  base: string;
  /** Each lesson's survey, by slug. */
  surveys: ReadonlyMap<string, LessonSurvey>;
  /** The files of the site's `public/` folders, relative to them. */
  publicFiles: readonly string[];
  /** The ids a self-check's rendering carries (its own, its stem's, its feedback's...). */
  checkAnchors(spec: CheckSpec): readonly string[];
}

/** Every id a lesson's page will have: its content's, its self-checks', its decks' and the layout's. */
export function lessonPageIds(survey: LessonSurvey, checkAnchors: SiteMapInput['checkAnchors']): Set<string> {
  return new Set([...survey.anchors.map((a) => a.id), ...survey.checks.flatMap((c) => checkAnchors(c)), ...survey.decks, ...LAYOUT_IDS]);
}

/** The site map of a guide. */
export function siteMap(input: SiteMapInput): SiteMap {
  const lessons = new Map(input.guide.lessons.map((lesson) => [`${lesson.slug}/`, lesson]));
  const generated = new Set(['', ...STUDY_PAGES, ...[...input.guide.sections.keys()].filter(Boolean).map((slug) => `${slug}/`)]);
  const files = new Set([...input.publicFiles, ...BUILD_FILES]);
  const byFile = new Map(input.guide.lessons.map((lesson) => [relative(input.contentDir, lesson.path).split(sep).join('/'), `${lesson.slug}/`]));
  const ids = new Map<string, Set<string>>();
  return {
    base: input.base,
    hasFile: (path) => files.has(path) || BUILD_FOLDERS.some((folder) => path.startsWith(folder)),
    pageIds(path) {
      const lesson = lessons.get(path);
      if (!lesson) return generated.has(path) ? 'unchecked' : undefined;
      let known = ids.get(path);
      const survey = input.surveys.get(lesson.slug);
      if (!known) ids.set(path, (known = survey ? lessonPageIds(survey, input.checkAnchors) : new Set(LAYOUT_IDS)));
      return known;
    },
    pages: () => [...lessons.keys(), ...generated],
    files: () => [...files],
    lessonAddress: (guideFile) => byFile.get(guideFile),
    inGuide: (guideFile) => {
      const path = join(input.contentDir, guideFile);
      return existsSync(path) && statSync(path).isFile();
    },
  };
}
