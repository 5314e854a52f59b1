/**
 * The generator's one rule for page addresses: every lesson and section URL is made of
 * `segmentSlug` of each file and folder name. Ids of questions and flashcards follow their
 * own ASCII rule (`checks/ids.ts`), because they must match `[a-z0-9-]`.
 */
import { fnv1aHex } from '../hash';

/**
 * The URL segment for a file or folder name. It keeps the author's script, as Astro's and
 * GitHub's slugs (github-slugger) do: letters, combining marks and digits of every script
 * stay, lowercased where the script has case; spaces and underscores become hyphens; other
 * punctuation, symbols and emoji are dropped; dots stay inside a name (`v1.2`), never at
 * its ends, so a segment is never `.` or `..`. Latin letters lose their accents (`Café`
 * gives `cafe`), as in every earlier version of Mnemo: those addresses, and the ids derived
 * from them that key learners' progress, stay as they were.
 *
 * The name is first folded to Unicode NFKC, so one name gives one address whatever wrote
 * it: macOS stores file names decomposed (`й` as `и` + breve), input methods may type
 * full-width `Ａ１` for `A1`.
 *
 * Never empty: a name with no letter or digit (`🚀`, `!!!`) gets 8 hex digits of a hash of
 * the name, stable across builds and distinct per name. The model reports two names that
 * end up at the same address as a build error.
 * @example segmentSlug('Blue Green_deploys') // 'blue-green-deploys'
 * @example segmentSlug('Учения') // 'учения'
 * @example segmentSlug('第一课 基础') // '第一课-基础'
 * @example segmentSlug('Café') // 'cafe'
 * @example segmentSlug('🚀') // '7fa78ada' (a hash of the name)
 */
export function segmentSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    // Accents off Latin letters only; other scripts keep their marks (`й`, Devanagari vowel signs).
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[\s_]+/gu, '-')
    // Variation selectors and enclosing marks only dress a character up (emoji, keycaps).
    .replace(/[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\p{Me}]/gu, '')
    // A dropped character takes its accents with it; marks kept belong to a kept letter.
    .replace(/[^\p{L}\p{M}\p{N}.-]\p{M}*/gu, '')
    .replace(/(^|[.-])\p{M}+/gu, '$1')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  return slug || fnv1aHex(name.normalize('NFC'));
}

/**
 * A lesson's route slug from its path inside `content/` (POSIX separators).
 * @example lessonRouteSlug('Releasing/Feature flags.mdx') // 'releasing/feature-flags'
 * @example lessonRouteSlug('учения/Урок 1.mdx') // 'учения/урок-1'
 */
export function lessonRouteSlug(relPath: string): string {
  return relPath
    .replace(/\.mdx?$/i, '')
    .split('/')
    .map(segmentSlug)
    .join('/');
}
