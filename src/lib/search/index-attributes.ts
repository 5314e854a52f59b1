import { sectionTrail, type Guide, type Lesson } from '../content/model';

/** `data-pagefind-*` attributes, ready to spread onto an element. */
export type IndexAttributes = Record<`data-pagefind-${string}`, string>;

/**
 * What the search index learns about a lesson from its `<article>`: the article is the only
 * indexed part of the page (`data-pagefind-body`); the lesson's top-level section is a filter,
 * so the search dialog can narrow results by section; the section trail is shown with each
 * result. Lessons at the top of `content/` have no section and only match "All sections".
 * Pagefind reads everything after the first `:` as the value, so titles may hold `:` and `,`.
 * @example <article {...lessonIndexAttributes(lesson, guide)}>
 */
export function lessonIndexAttributes(lesson: Lesson, guide: Guide): IndexAttributes {
  const attributes: IndexAttributes = { 'data-pagefind-body': '' };
  const trail = sectionTrail(guide, lesson.section);
  const top = trail[0];
  if (top) {
    attributes['data-pagefind-filter'] = `section:${top.slug}`;
    attributes['data-pagefind-meta'] = `section:${trail.map((s) => s.title).join(' › ')}`;
  }
  return attributes;
}

/**
 * The sections a reader can narrow search to: the guide's top-level sections, in reading order.
 * `value` is what `lessonIndexAttributes` writes as the `section` filter.
 */
export function searchSections(guide: Guide): { value: string; title: string }[] {
  return guide.root.children.filter((child) => child.kind === 'section').map((s) => ({ value: s.slug, title: s.title }));
}

/**
 * Pagefind weight of a lesson's title (its `h1`). Headings already weigh 7 by default; the
 * maximum makes a lesson named after the query rank above lessons that only mention it.
 */
export const TITLE_WEIGHT = '10';
