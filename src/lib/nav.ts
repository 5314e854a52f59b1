import { sectionLineage, type Guide, type Lesson, type Section } from './content/model';

/** One entry of the sidebar. */
export type NavItem =
  | { kind: 'lesson'; slug: string; title: string; current: boolean }
  | { kind: 'section'; slug: string; title: string; open: boolean; current: boolean; lessonCount: number; items: NavItem[] }
  | { kind: 'more'; slug: string; hidden: number; where: 'before' | 'after' };

/** How many lessons the sidebar lists on each side of the current one inside its section. */
export const NAV_WINDOW = 7;

/** Each guide's lessons by slug, and each section's children's places by slug, made once per guide. */
const lessonsBySlug = new WeakMap<Guide, Map<string, Lesson>>();
const placesInSection = new WeakMap<Section, Map<string, number>>();

function lessonAt(guide: Guide, slug: string): Lesson | undefined {
  let bySlug = lessonsBySlug.get(guide);
  if (!bySlug) lessonsBySlug.set(guide, (bySlug = new Map(guide.lessons.map((lesson) => [lesson.slug, lesson]))));
  return bySlug.get(slug);
}

function placeIn(section: Section, slug: string): number | undefined {
  let places = placesInSection.get(section);
  if (!places) placesInSection.set(section, (places = new Map(section.children.map((child, at) => [child.slug, at]))));
  return places.get(slug);
}

/**
 * The sidebar for a page, kept to a bounded size whatever the guide's size: every section on
 * the path to the current page is open, others are closed links to their section page, and in
 * the open section only a window of lessons around the current one is listed, with links to
 * the section page for the rest.
 * Lookups go through maps made once per guide: a search of the guide's lessons on every page
 * made a build's render time grow with the square of its lessons (0.55 s of 3,000 pages, issue 19).
 * @param current a lesson slug, a section slug, or undefined (home page)
 */
export function buildNav(guide: Guide, current?: string, window = NAV_WINDOW): NavItem[] {
  const lesson = current === undefined ? undefined : lessonAt(guide, current);
  const activeSection = lesson ? lesson.section : current ?? '';
  const openSlugs = new Set(sectionLineage(guide, activeSection).map((s) => s.slug));
  // What a section's window centres on: the current page, or the open section that leads to it.
  const path = current === undefined ? [...openSlugs] : [current, ...openSlugs];
  const build = (section: Section): NavItem[] => {
    const children = section.children;
    let from = 0;
    let to = children.length;
    if (children.length > window * 2 + 1) {
      const at = path.map((slug) => placeIn(section, slug)).find((place) => place !== undefined) ?? 0;
      from = Math.max(0, Math.min(at - window, children.length - (window * 2 + 1)));
      to = from + window * 2 + 1;
    }
    const items: NavItem[] = [];
    if (from > 0) items.push({ kind: 'more', slug: section.slug, hidden: from, where: 'before' });
    for (const child of children.slice(from, to)) items.push(toItem(child));
    if (to < children.length) items.push({ kind: 'more', slug: section.slug, hidden: children.length - to, where: 'after' });
    return items;
  };
  const toItem = (node: Lesson | Section): NavItem => {
    if (node.kind === 'lesson') return { kind: 'lesson', slug: node.slug, title: node.title, current: node.slug === current };
    const open = openSlugs.has(node.slug);
    return { kind: 'section', slug: node.slug, title: node.title, open, current: node.slug === current, lessonCount: node.lessonCount, items: open ? build(node) : [] };
  };
  return build(guide.root);
}

/** The lessons before and after `lesson` in the whole guide's reading order. */
export function neighbours(guide: Guide, lesson: Lesson): { prev?: Lesson; next?: Lesson } {
  return { prev: guide.lessons[lesson.index - 1], next: guide.lessons[lesson.index + 1] };
}
