/**
 * Reading a built guide for export: every self-check's spec (`_mnemo/checks.json`), its
 * rendered parts (`_mnemo/items/<id>.json`) and the lessons and sections they belong to
 * (`_mnemo/catalogue.json`). Exports start from what the build produced, so they carry what
 * learners see, after every rule of the authoring contract has been checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueItem } from '../../checks/catalogue/collect.ts';
import type { CatalogueIndex } from '../../checks/catalogue/write.ts';
import type { CheckSpec } from '../../checks/schema.ts';

/** The catalogue version this exporter reads. */
const VERSION = 2;

/** One self-check with what an export needs to place it. */
export interface ExportItem {
  spec: CheckSpec;
  parts: CatalogueItem['parts'];
  /** Title of its lesson. */
  lessonTitle: string;
  /** Title of its top-level section ('' for lessons at the top of the guide). */
  sectionTitle: string;
  /** Its lesson's tags. */
  tags: string[];
}

/** A built guide, as an export reads it. */
export interface BuiltGuide {
  /** The guide's title (from its home page), for categories and deck names. */
  title: string;
  lang: string;
  /** Every self-check in guide order. */
  items: ExportItem[];
}

/** Why a built guide cannot be read; the message says what to do. */
export class SiteError extends Error {}

function readJson<T>(path: string, what: string): T {
  if (!existsSync(path)) throw new SiteError(`No ${what} at ${path}: build the guide first (npm run build), or pass --site <the build's output folder>.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new SiteError(`${path} is not valid JSON (${(error as Error).message}): build the guide again.`);
  }
}

/** The guide's title, from the `<title>` of its home page. */
function siteTitle(site: string): string {
  const home = join(site, 'index.html');
  const match = existsSync(home) ? /<title>([^<]*)<\/title>/.exec(readFileSync(home, 'utf8')) : null;
  const decoded = match?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return decoded?.trim() || 'Mnemo guide';
}

/**
 * Reads the built guide in `site`. Throws a `SiteError` when it is not a Mnemo build of this
 * version.
 */
export function readBuiltGuide(site: string): BuiltGuide {
  const checks = readJson<{ version?: unknown; lang?: string; checks?: CheckSpec[] }>(join(site, '_mnemo/checks.json'), 'self-check list');
  const index = readJson<CatalogueIndex>(join(site, '_mnemo/catalogue.json'), 'catalogue');
  if (checks.version !== VERSION || index.v !== VERSION || !Array.isArray(checks.checks)) {
    throw new SiteError(`${site} was built by another version of Mnemo (catalogue version ${JSON.stringify(checks.version)}, this exporter reads ${VERSION}): build it again.`);
  }
  const sections = new Map(index.sections.map((section) => [section.slug, section.title]));
  const lessons = new Map(index.lessons.map((lesson) => [lesson.slug, lesson]));
  const items = checks.checks.map((spec) => {
    const item = readJson<CatalogueItem>(join(site, '_mnemo/items', `${spec.id}.json`), `catalogue item for ${spec.id}`);
    const lesson = lessons.get(spec.lesson);
    return { spec, parts: item.parts, lessonTitle: lesson?.title ?? spec.lesson, sectionTitle: sections.get(lesson?.section ?? '') ?? '', tags: lesson?.tags ?? [] };
  });
  return { title: siteTitle(site), lang: checks.lang ?? 'en', items };
}
