/**
 * Which questions an exam or a practice test may draw from. Browser-safe and dependency-free:
 * the practice page filters the catalogue with it, and the build counts exam pools with it.
 */

/** One question that can be drawn. A pool is a list of these in guide (reading) order. */
export interface PoolItem {
  /** Question id, e.g. `replace-not-patch`. */
  id: string;
  /** Route slug of its lesson, e.g. `releasing/canary`. */
  lesson: string;
  /** Slug of its lesson's section ('' at the top of the guide). */
  section: string;
  /** Its lesson's tags (questions have no tags of their own). */
  tags: readonly string[];
}

/**
 * What to draw from. A question is in when its section is one of `sections` or below one of
 * them, or its lesson carries one of `tags` (a union, like an exam's `from` list). Both lists
 * empty: the whole guide.
 */
export interface Selection {
  /** Section slugs, e.g. `releasing` (which takes in `releasing/advanced` too). */
  sections: readonly string[];
  /** Tags exactly as written in lessons' frontmatter. */
  tags: readonly string[];
}

/** The whole guide. */
export const WHOLE_GUIDE: Selection = { sections: [], tags: [] };

/**
 * Whether a lesson's section is `wanted` or nested inside it; '' is the whole guide.
 * @example inSection('releasing/advanced', 'releasing') // true
 * @example inSection('releasing-notes', 'releasing') // false
 */
export function inSection(section: string, wanted: string): boolean {
  return wanted === '' || section === wanted || section.startsWith(`${wanted}/`);
}

/**
 * The items a selection takes, keeping their order (guide order in, guide order out, which the
 * seeded draw relies on to reproduce a test).
 * @example selectPool(items, { sections: ['releasing'], tags: ['safety'] })
 */
export function selectPool<T extends PoolItem>(items: readonly T[], selection: Selection = WHOLE_GUIDE): T[] {
  const { sections, tags } = selection;
  if (!sections.length && !tags.length) return [...items];
  const wantedTags = new Set(tags);
  return items.filter((item) => sections.some((s) => inSection(item.section, s)) || item.tags.some((t) => wantedTags.has(t)));
}
