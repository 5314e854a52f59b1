/**
 * Ids for imported self-checks. The authoring contract allows lowercase letters, digits and
 * single hyphens, unique across the guide; learner progress is stored under the id, so an
 * import writes every id out, keeping the source's own id where it has one.
 */
import { createHash } from 'node:crypto';
import { isValidId } from '../checks/core/ids.ts';

/**
 * The id-safe form of a text: accents dropped, lowercase, every run of other characters one
 * hyphen, cut at a word boundary to at most `maxLength` characters.
 * @example slugify("Jesus' hometown") // 'jesus-hometown'
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Six hex digits of a SHA-256, for ids that must differ when their sources differ. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * The id for an id that came with the source (a GIFT title or `[id:]`, an mdbook-quiz `id`):
 * its slug, or `fallback` when nothing id-safe is left.
 * @example sourceId('Q1: Kanji origins') // 'q1-kanji-origins'
 */
export function sourceId(id: string, fallback: string): string {
  return slugify(id) || fallback;
}

/**
 * The id for an Anki guid. Guids are case-sensitive base91 (`D?H@y-%%r`), so one that is not
 * already a valid id keeps its slug plus a hash of the whole guid, and stays unique.
 * @example guidId('D?H@y-%%r') // 'd-h-y-r-' + 6 hex digits
 */
export function guidId(guid: string): string {
  // A guid that already is a valid id (a Mnemo export's) is kept whole, so progress follows it.
  if (isValidId(guid)) return guid;
  const slug = slugify(guid, 30);
  return slug === guid ? guid : `${slug || 'note'}-${shortHash(guid)}`;
}

/**
 * The id for a self-check whose source has none: the first words of its text and a hash of
 * the lesson and text, like the ids the build derives, so that it stays the same on re-import.
 * @example derivedId('gift-options', "What's 2 plus 2?") // 'whats-2-plus-2-' + 6 hex digits
 */
export function derivedId(lesson: string, text: string): string {
  const words = slugify(text, 200).split('-').filter(Boolean).slice(0, 6).join('-');
  return `${slugify(words, 40) || 'q'}-${shortHash(`${lesson}\n${text}`)}`;
}

/** Hands out ids, each once: a taken id gets the first free `-2`, `-3`, ... suffix. */
export class IdRegistry {
  readonly #taken = new Set<string>();

  /** Marks ids as used elsewhere in the guide. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.#taken.add(id);
  }

  /** `wanted` if free, else the first free numbered variant of it. */
  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#taken.has(id); n += 1) id = `${wanted}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
