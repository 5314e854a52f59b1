/**
 * Astro hashes each page's head scripts and styles for the page's Content-Security-Policy as it
 * renders the page (`generateCspDigest`, through WebCrypto): about 4.5 digests a page, of the
 * same few texts on every page, most of them the empty text of a script that has a `src`. Each
 * cost about 0.12 ms of the main thread, mostly WebCrypto checking its arguments: 0.56 s of a
 * 1,000-lesson build's render and 1.1 s of a 3,000-lesson one (issue 19). This plugin has the
 * bundled copy of Astro's function keep each digest by text, so a text is hashed once per
 * build. The policy and every page stay the same, byte for byte.
 *
 * It rewrites one function of Astro's (`astro/dist/core/encryption.js`); if an Astro release
 * writes it differently, the plugin changes nothing, and a unit test says so.
 */
import type { Plugin } from 'vite';

/** The module of Astro's that holds the function. */
const MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;
/** The function's head, as Astro 7 writes it. */
const HEAD = 'async function generateCspDigest(data, algorithm) {';
/** The name the original function keeps, behind the memo. */
const UNCACHED = 'mnemoUncachedCspDigest';

/**
 * Astro's module `code` with `generateCspDigest` keeping its results by algorithm and text, or
 * undefined if the code has no such function (another Astro release).
 * @example keepCspDigests(code)?.includes('mnemoCspDigests') // true for Astro 7's module
 */
export function keepCspDigests(code: string): string | undefined {
  if (!code.includes(HEAD)) return undefined;
  const memo = [
    'const mnemoCspDigests = new Map();',
    'function generateCspDigest(data, algorithm) {',
    '  const key = `${algorithm}\\n${data}`;',
    '  let digest = mnemoCspDigests.get(key);',
    `  if (!digest) mnemoCspDigests.set(key, (digest = ${UNCACHED}(data, algorithm)));`,
    '  return digest;',
    '}',
  ].join('\n');
  return code.replace(HEAD, `${memo}\nasync function ${UNCACHED}(data, algorithm) {`);
}

/** The Vite plugin (builds only: the dev server renders one page at a time). */
export function cspDigests(): Plugin {
  return {
    name: 'mnemo:csp-digests',
    apply: 'build',
    // The filter lets the bundler skip every other module without calling into JavaScript.
    transform: {
      filter: { id: MODULE },
      handler(code) {
        const kept = keepCspDigests(code);
        return kept === undefined ? null : { code: kept, map: null };
      },
    },
  };
}
