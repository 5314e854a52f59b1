/**
 * Highlights a search's terms on the lesson a result opened (`?q=terms`): each word of the
 * lesson that starts like a query term is wrapped in `<mark>`. Only indexed text is marked, so
 * answers (hints, feedback, explanations, card backs) never light up.
 */

/** Parts of a lesson that are not searched, so not highlighted either. */
const SKIP = 'script, style, nav, mark, textarea, input, select, button, [data-pagefind-ignore]';
/** Word endings dropped before matching, so "deploying" also marks "deployment", as search finds it. */
const SUFFIX = /(?:ments?|ings?|ions?|ed|es|s)$/u;

/**
 * The distinct terms of a query, lower-cased and with a common ending dropped.
 * @example queryTerms('Deploying canaries canary') // ['deploy', 'canari', 'canary']
 */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words.map((word) => (word.length > 4 ? word.replace(SUFFIX, '') : word));
  return [...new Set(terms)].filter((term) => term.length > 0);
}

/** A pattern matching whole words that start with one of `terms`. */
export function termPattern(terms: string[]): RegExp {
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** Wraps every match of `pattern` in the text under `root` in `<mark class="mn-search-mark">`. */
export function markTerms(root: Element, pattern: RegExp): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let count = 0;
  for (const text of texts) {
    const value = text.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const at = match.index ?? 0;
      if (at > last) parts.push(value.slice(last, at));
      const mark = document.createElement('mark');
      mark.className = 'mn-search-mark';
      mark.textContent = match[0];
      parts.push(mark);
      last = at + match[0].length;
      count++;
    }
    if (!parts.length) continue;
    if (last < value.length) parts.push(value.slice(last));
    text.replaceWith(...parts);
  }
  return count;
}

/** Highlights `?q=` on this page's indexed content, then brings the `#anchor` back into view. */
export function highlightQuery(): void {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const terms = queryTerms(query);
  const roots = document.querySelectorAll('[data-pagefind-body]');
  if (!terms.length || !roots.length) return;
  const pattern = termPattern(terms);
  roots.forEach((root) => markTerms(root, pattern));
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) document.getElementById(id)?.scrollIntoView({ block: 'start' });
}
