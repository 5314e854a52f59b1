import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ExamBlock } from '../../exam/settings';
import type { Problem } from '../problems';
import { readFrontmatter } from './frontmatter';
import { readSectionMeta, SECTION_FILE, titleFromName } from './sections';
import { segmentSlug } from './slug';
import { firstHeading } from './title';

/** One lesson: a `.md` or `.mdx` file under `content/`. */
export interface Lesson {
  kind: 'lesson';
  /** Route slug, e.g. `releasing/canary`; the page lives at `<base>releasing/canary/`. */
  slug: string;
  /** Path from the project root, e.g. `content/releasing/canary.mdx` (used in messages). */
  file: string;
  /** Absolute path. */
  path: string;
  format: 'md' | 'mdx';
  title: string;
  /** True when the title came from the body's first `# heading` rather than frontmatter. */
  titleFromHeading: boolean;
  /** The file line of that heading (the page drops it, since the title is the page's h1). */
  titleLine?: number;
  description?: string;
  order?: number;
  tags: string[];
  /** Slug of the containing section ('' for lessons at the top of `content/`). */
  section: string;
  /** Present on an exam page: its validated `exam` block (authoring contract, Extension 1). */
  exam?: ExamBlock;
  /** Position in the whole guide's reading order, from 0. */
  index: number;
}

/** A folder under `content/` that holds at least one lesson. */
export interface Section {
  kind: 'section';
  /** Route slug ('' for the guide's root). */
  slug: string;
  title: string;
  description?: string;
  order?: number;
  /** Slug of the parent section; undefined for the root. */
  parent?: string;
  /** Lessons and sub-sections in reading order. */
  children: (Lesson | Section)[];
  /** Number of lessons in this section and below. */
  lessonCount: number;
}

/** The whole guide's structure, in reading order. */
export interface Guide {
  root: Section;
  lessons: Lesson[];
  sections: Map<string, Section>;
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Addresses the generator publishes its own pages at (the study pages of the authoring
 * contract's Extension 1) or its files under (the search index). A lesson or section there
 * would replace them.
 */
export const RESERVED_ADDRESSES: readonly string[] = ['review', 'practice', 'progress', 'print', 'pagefind'];

/**
 * The folder, at the top of a guide, that holds its static files (images, downloads): published
 * at the site's base as they are (`public/images/flow.svg` at `<base>images/flow.svg`), never
 * read as lessons.
 */
export const GUIDE_PUBLIC_DIR = 'public';

const byOrderThenName = (a: { order?: number; name: string }, b: { order?: number; name: string }) =>
  (a.order ?? Infinity) - (b.order ?? Infinity) || a.name.localeCompare(b.name, 'en', { numeric: true });

/**
 * Reads `contentDir` into a Guide: lessons from every `.md`/`.mdx`, sections from folders
 * and their `_section.yaml`, drafts left out. Problems are collected, never thrown.
 */
export function loadGuide(contentDir: string, rootDir: string): Guide {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const rel = (path: string) => relative(rootDir, path).split(sep).join('/');
  // Messages name other files as the report does: relative to the guide's folder.
  const inGuide = (file: string) => relative(contentDir, join(rootDir, file)).split(sep).join('/') + (file.endsWith('/') ? '/' : '');
  // The home page holds the root's address, so no file or folder can take it.
  const seen = new Map<string, string>([['', "the guide's home page"]]);

  const claim = (slug: string, file: string, what: string) => {
    if (RESERVED_ADDRESSES.includes(slug)) {
      const name = file.replace(/\/$/, '').split('/').pop();
      problems.push({
        file,
        line: 0,
        column: 0,
        message: `This ${what} would be published at /${slug}/, which Mnemo keeps for its own ${slug === 'pagefind' ? 'search index' : `\`${slug}/\` study page`}.`,
        fix: `Rename the ${what} \`${name}\`, e.g. to \`${slug}-notes\`${what === 'lesson' ? ' (keeping its extension)' : ''}.`,
      });
      return;
    }
    const other = seen.get(slug);
    if (other) {
      problems.push({ file, line: 0, column: 0, message: `This ${what} would be published at /${slug}/, which ${other} already uses.`, fix: 'Rename one of the two files or folders.' });
    } else seen.set(slug, inGuide(file));
  };

  function readFolder(dir: string, slug: string, name: string, parent?: string): Section | undefined {
    const metaPath = join(dir, SECTION_FILE);
    const meta = existsSync(metaPath) ? readSectionMeta(readFileSync(metaPath, 'utf8'), rel(metaPath)) : { meta: {}, problems: [] };
    problems.push(...meta.problems);
    const items: { order?: number; name: string; node: Lesson | Section }[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      // The guide's own static files (images, downloads), published as they are.
      if (parent === undefined && entry.name === GUIDE_PUBLIC_DIR && entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const childSlug = [slug, segmentSlug(entry.name)].filter(Boolean).join('/');
        const child = readFolder(path, childSlug, entry.name, slug);
        if (child) {
          claim(childSlug, rel(path) + '/', 'folder');
          items.push({ order: child.order, name: entry.name, node: child });
        }
      } else if (/\.mdx?$/i.test(entry.name)) {
        const lesson = readLesson(path, slug);
        if (lesson) items.push({ order: lesson.order, name: entry.name, node: lesson });
      }
    }
    if (!items.length && parent !== undefined) return undefined;
    const children = items.sort(byOrderThenName).map((item) => item.node);
    return {
      kind: 'section',
      slug,
      title: meta.meta.title ?? titleFromName(name),
      description: meta.meta.description,
      order: meta.meta.order,
      parent,
      children,
      lessonCount: children.reduce((n, c) => n + (c.kind === 'lesson' ? 1 : c.lessonCount), 0),
    };
  }

  function readLesson(path: string, section: string): Lesson | undefined {
    const file = rel(path);
    const front = readFrontmatter(readFileSync(path, 'utf8'), file);
    problems.push(...front.problems);
    warnings.push(...front.warnings);
    if (front.data.draft) return undefined;
    const base = path.slice(path.lastIndexOf(sep) + 1);
    const slug = [section, segmentSlug(base.replace(/\.mdx?$/i, ''))].filter(Boolean).join('/');
    const heading = front.data.title ? undefined : firstHeading(front.body);
    if (!front.data.title && !heading && !front.problems.length) {
      problems.push({ file, line: 1, column: 1, message: 'This lesson has no title.', fix: 'Add `title: Your title` to the frontmatter, or start the lesson with a `# Your title` heading.' });
    }
    claim(slug, file, 'lesson');
    return {
      kind: 'lesson',
      slug,
      file,
      path,
      format: path.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md',
      title: front.data.title ?? heading?.text ?? base,
      titleFromHeading: !front.data.title,
      ...(heading ? { titleLine: front.bodyLine + heading.line - 1 } : {}),
      description: front.data.description,
      order: front.data.order,
      tags: front.data.tags,
      section,
      ...(front.data.exam ? { exam: front.data.exam } : {}),
      index: 0,
    };
  }

  const root = existsSync(contentDir)
    ? readFolder(contentDir, '', 'content')!
    : { kind: 'section' as const, slug: '', title: '', children: [], lessonCount: 0 };
  const guide = guideOfTree(root, problems, warnings);
  if (!guide.lessons.length && !problems.length) {
    problems.push({ file: rel(contentDir) || 'content', line: 0, column: 0, message: 'The guide has no lessons.', fix: "Add a lesson to the guide's folder, e.g. `introduction.mdx` with `title: Introduction` in its frontmatter." });
  }
  return guide;
}

/**
 * The guide whose structure is `root`: its lessons in reading order (each given its `index`)
 * and its sections by slug (the root under ''). `loadGuide` makes its guide with it, and a
 * guide sent as its tree alone (the build's hand-off, as JSON) is whole again with it.
 * @example guideOfTree(JSON.parse(JSON.stringify(guide.root))).lessons // the same lessons as guide.lessons
 */
export function guideOfTree(root: Section, problems: Problem[] = [], warnings: Problem[] = []): Guide {
  const lessons: Lesson[] = [];
  const sections = new Map<string, Section>();
  const walk = (section: Section) => {
    sections.set(section.slug, section);
    for (const child of section.children) {
      if (child.kind === 'lesson') {
        child.index = lessons.length;
        lessons.push(child);
      } else walk(child);
    }
  };
  walk(root);
  return { root, lessons, sections, problems, warnings };
}

/**
 * The section at `slug` and the sections above it, nearest first, ending with the root.
 * Each section is visited once, so even a malformed guide (two folders claiming one address,
 * which `loadGuide` reports) cannot make a walk up the tree loop forever.
 * @example sectionLineage(guide, 'a/b').map((s) => s.slug) // ['a/b', 'a', '']
 */
export function sectionLineage(guide: Guide, slug: string): Section[] {
  const lineage: Section[] = [];
  const seen = new Set<Section>();
  for (let s = guide.sections.get(slug); s && !seen.has(s); s = s.parent === undefined ? undefined : guide.sections.get(s.parent)) {
    seen.add(s);
    lineage.push(s);
  }
  return lineage;
}

/**
 * The chain of sections from the root's child down to `slug` (root excluded).
 * @example sectionTrail(guide, 'a/b').map((s) => s.slug) // ['a', 'a/b']
 */
export function sectionTrail(guide: Guide, slug: string): Section[] {
  return sectionLineage(guide, slug)
    .filter((s) => s.slug !== '')
    .reverse();
}
