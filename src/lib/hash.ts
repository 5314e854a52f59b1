/**
 * A short, stable hash for names and texts. Pure and dependency-free: it runs at build time
 * and in the browser, and its output keys learner progress and page addresses, so it must
 * never change between releases, machines or runtimes.
 */

/**
 * FNV-1a (32-bit) over the UTF-8 bytes of a string, as 8 hex digits. The algorithm is the
 * public-domain Fowler–Noll–Vo hash (http://www.isthe.com/chongo/tech/comp/fnv/).
 * @example fnv1aHex('') // '811c9dc5'
 */
export function fnv1aHex(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
