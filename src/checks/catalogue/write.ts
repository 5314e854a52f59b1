/**
 * The catalogue's files in the built site: one small index of the guide's self-checks
 * and one file per self-check (its spec and rendered parts), so that a study page downloads
 * only the items it shows, whatever the size of the guide. `_mnemo/checks.json`, which
 * `npm run verify` reads, is a view of the same specs.
 */
import { join } from 'node:path';
import type { Guide } from '../../lib/content/model';
import type { UiStrings } from '../../i18n/en';
import type { CheckSpec } from '../schema';
import type { CatalogueItem } from './collect';

/** Where the catalogue lives in the built site. */
export const CATALOGUE_DIR = '_mnemo';
/** The index, relative to the site. */
export const CATALOGUE_INDEX = `${CATALOGUE_DIR}/catalogue.json`;
/** The folder of item files (`<id>.json`), relative to the site. */
export const ITEMS_DIR = `${CATALOGUE_DIR}/items`;
/** The verifier's view, relative to the site. */
export const CHECKS_FILE = `${CATALOGUE_DIR}/checks.json`;
/** Version of the catalogue's and the verifier's file formats. */
export const CATALOGUE_VERSION = 2;

/**
 * The index: every lesson in guide order with its section, tags and self-check ids (questions
 * and flashcards apart), and the guide's top-level sections. About 40 bytes per self-check.
 */
export interface CatalogueIndex {
  v: typeof CATALOGUE_VERSION;
  lang: string;
  sections: { slug: string; title: string }[];
  lessons: { slug: string; title: string; section: string; tags: string[]; questions: string[]; cards: string[] }[];
}

/** The index of a guide whose self-checks are `checks`. */
export function catalogueIndex(guide: Guide, checks: readonly CheckSpec[], lang: string): CatalogueIndex {
  const byLesson = new Map<string, { questions: string[]; cards: string[] }>();
  for (const check of checks) {
    let ids = byLesson.get(check.lesson);
    if (!ids) byLesson.set(check.lesson, (ids = { questions: [], cards: [] }));
    (check.kind === 'flashcard' ? ids.cards : ids.questions).push(check.id);
  }
  const topSection = (slug: string) => slug.split('/')[0] ?? '';
  return {
    v: CATALOGUE_VERSION,
    lang,
    sections: guide.root.children.filter((c) => c.kind === 'section').map((s) => ({ slug: s.slug, title: s.title })),
    lessons: guide.lessons.map((lesson) => ({
      slug: lesson.slug,
      title: lesson.title,
      section: topSection(lesson.section),
      tags: lesson.tags,
      ...(byLesson.get(lesson.slug) ?? { questions: [], cards: [] }),
    })),
  };
}

/** A file of the catalogue: its absolute path in the site and its text. */
export type CatalogueFile = [path: string, text: string];

/**
 * The item files of the self-checks in `checks` whose parts `items` holds, except those named
 * in `skip` (already written). The spec from the compile is the reference; the collected one is
 * the same value.
 */
export function catalogueItemFiles(site: string, checks: readonly CheckSpec[], items: ReadonlyMap<string, Pick<CatalogueItem, 'parts'>>, skip: ReadonlySet<string> = new Set()): CatalogueFile[] {
  const files: CatalogueFile[] = [];
  for (const spec of checks) {
    const item = items.get(spec.id);
    if (item && !skip.has(spec.id)) files.push([join(site, ITEMS_DIR, `${spec.id}.json`), JSON.stringify({ spec, parts: item.parts })]);
  }
  return files;
}

/** The verifier's view (`CHECKS_FILE`): the interface strings, the exam pages and every self-check's spec. */
export interface ChecksView {
  version: typeof CATALOGUE_VERSION;
  lang: string;
  ui: UiStrings;
  /** Slugs of the exam pages: questions written on them show only inside their exam, so the verifier leaves them out. */
  exams: string[];
  checks: readonly CheckSpec[];
}

/**
 * Everything the catalogue's files are made from, as plain data that a worker thread can be
 * handed (`catalogueFiles` makes the files from it): the index, the verifier's view, and the
 * parts of each self-check by id.
 */
export interface CatalogueData {
  site: string;
  index: CatalogueIndex;
  view: ChecksView;
  /** `[id, parts]` of the self-checks whose parts are known. */
  parts: [id: string, parts: CatalogueItem['parts']][];
}

/** The data of the catalogue of a guide whose self-checks are `checks`, with the parts `items` holds. */
export function catalogueData(site: string, guide: Guide, checks: readonly CheckSpec[], items: ReadonlyMap<string, CatalogueItem>, ui: UiStrings, lang: string): CatalogueData {
  const exams = guide.lessons.filter((lesson) => lesson.exam).map((lesson) => lesson.slug);
  return {
    site,
    index: catalogueIndex(guide, checks, lang),
    view: { version: CATALOGUE_VERSION, lang, ui, exams, checks },
    parts: [...items].map(([id, item]) => [id, item.parts]),
  };
}

/** The files of `data`: the index, the verifier's view, and an item file for each self-check whose parts it holds. */
export function catalogueFiles(data: CatalogueData): CatalogueFile[] {
  return [
    [join(data.site, CATALOGUE_INDEX), JSON.stringify(data.index)],
    [join(data.site, CHECKS_FILE), JSON.stringify(data.view, null, 1)],
    ...catalogueItemFiles(data.site, data.view.checks, new Map(data.parts.map(([id, parts]) => [id, { parts }]))),
  ];
}

/**
 * Throws naming the first self-check of `checks` that was never rendered (whose parts `items`
 * lacks): the catalogue would have no item for it.
 */
export function assertRendered(checks: readonly CheckSpec[], items: ReadonlyMap<string, CatalogueItem>): void {
  const missing = checks.find((spec) => !items.has(spec.id));
  if (missing) throw new Error(`The self-check ${missing.id} (${missing.file}:${missing.line}) was never rendered, so the catalogue has no parts for it.`);
}
