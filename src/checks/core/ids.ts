/**
 * Ids of questions and flashcards. They key the learner's saved progress and the page
 * anchors, so a derived id must be stable across builds and machines.
 */
import { fnv1aHex } from '../../lib/hash.ts';

export { fnv1aHex };

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
 * The nearest valid id to an invalid one, for error messages ('' when nothing is left, or
 * when the id is written in a script other than Latin: its ASCII remains, e.g. `1` of
 * `вопрос-1`, would only mislead).
 * @example suggestId('My Question_2') // 'my-question-2'
 * @example suggestId('Café?! déjà--vu') // 'cafe-deja-vu'
 * @example suggestId('вопрос-1') // ''
 */
export function suggestId(bad: string): string {
  const latin = withoutLatinAccents(bad);
  if (/[^\p{Script=Latin}\P{L}]/u.test(latin)) return '';
  return textSlug(latin, Infinity, Infinity);
}

/** The first `maxWords` words of a text as an id-safe slug of at most `maxLength` characters. */
export function textSlug(text: string, maxWords = 6, maxLength = 40): string {
  const words = withoutLatinAccents(text)
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

/** Ids are ASCII: `é` becomes `e` (compatibility decomposition, then accents dropped). */
function withoutLatinAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A deterministic id for a self-check without an authored one: a slug of the start of its
 * text plus 6 hex digits of a hash of lesson and text, so the same text in two lessons
 * gets two ids. `prefix` stands in for the slug when the text has no Latin letters or
 * digits (a stem in Chinese, Russian or Arabic): the hash still tells such ids apart.
 * @example deriveId('basics/intro', 'What is drift?', 'q') // 'what-is-drift-' + 6 hex digits
 * @example deriveId('基础/引言', '什么是漂移？', 'q') // 'q-' + 6 hex digits
 */
export function deriveId(lessonPath: string, text: string, prefix: string): string {
  const hash = fnv1aHex(`${lessonPath}\n${text}`).slice(0, 6);
  return `${textSlug(text) || prefix}-${hash}`;
}
