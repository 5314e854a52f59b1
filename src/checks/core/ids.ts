/**
 * Ids of questions and flashcards. They key the learner's saved progress and the page
 * anchors, so a derived id must be stable across builds and machines.
 */
import { segmentSlug } from '../../lib/content/slug';

/** Lowercase letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether an author's id follows the id rule.
 * @example isValidId('replace-not-patch') // true
 * @example isValidId('Replace_Not_Patch') // false
 */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * The nearest valid id to an invalid one, for error messages ('' when nothing is left).
 * @example suggestId('My Question_2') // 'my-question-2'
 */
export function suggestId(bad: string): string {
  // The same rule as page addresses, less the dots that ids do not allow.
  return segmentSlug(bad.replace(/\./g, ''));
}

/** The first `maxWords` words of a text as an id-safe slug of at most `maxLength` characters. */
export function textSlug(text: string, maxWords = 6, maxLength = 40): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  let slug = words.join('-');
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength + 1);
    // Prefer cutting at a word boundary so the slug stays readable.
    const boundary = cut.lastIndexOf('-');
    slug = boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength);
  }
  return slug;
}

/** FNV-1a (32-bit) over the UTF-8 bytes of a string, as 8 hex digits. */
export function fnv1aHex(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A deterministic id for a self-check without an authored one: a slug of the start of its
 * text plus 6 hex digits of a hash of lesson and text, so the same text in two lessons
 * gets two ids. `prefix` stands in for the slug when the text has no letters or digits.
 * @example deriveId('basics/intro', 'What is drift?', 'q') // 'what-is-drift-' + 6 hex digits
 */
export function deriveId(lessonPath: string, text: string, prefix: string): string {
  const hash = fnv1aHex(`${lessonPath}\n${text}`).slice(0, 6);
  return `${textSlug(text) || prefix}-${hash}`;
}
