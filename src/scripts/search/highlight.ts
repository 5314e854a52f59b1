/**
 * Highlights a search's terms on the lesson a result opened (`?q=terms`): each word of the
 * lesson that starts like a query term is wrapped in `<mark>`. Only indexed text is marked, so
 * answers (hints, feedback, explanations, card backs) never light up.
 */

/** Parts of a lesson that are not searched, so not highlighted either. */
const SKIP = 'script, style, nav, mark, textarea, input, select, button, [data-pagefind-ignore]';
/** Word endings dropped before matching, so "deploying" also marks "deployment", as search finds it. */
const SUFFIX = /(?:ments?|ings?|ions?|ed|es|s)$/u;
/** Letters of scripts written without spaces between words (Chinese, Japanese, Thai...). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** The words of a run of text without spaces, as the browser's word segmenter finds them. */
function segmentRun(run: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [run];
  return [...new Intl.Segmenter([], { granularity: 'word' }).segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The distinct terms of a query, lower-cased and with a common ending dropped; text without
 * spaces is split into its words, as Pagefind splits a query.
 * @example queryTerms('Deploying canaries canary') // ['deploy', 'canari', 'canary']
 * @example queryTerms('配置漂移') // ['配置', '漂移']
 */
export function queryTerms(query: string): string[] {
  const runs = query.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = runs.flatMap((run) => (UNSPACED.test(run) ? segmentRun(run) : [run.length > 4 ? run.replace(SUFFIX, '') : run]));
  return [...new Set(terms)].filter((term) => term.length > 0);
}

/**
 * A pattern matching whole words that start with one of `terms`; a term of a script written
 * without spaces matches wherever it stands, since no space marks where its word starts.
 */
export function termPattern(terms: string[]): RegExp {
  const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const unspaced = terms.filter((term) => UNSPACED.test(term)).map(escape);
  const spaced = terms.filter((term) => !UNSPACED.test(term)).map(escape);
  const alternatives = [
    ...(spaced.length ? [`(?<![\\p{L}\\p{N}\\p{M}])(?:${spaced.join('|')})[\\p{L}\\p{N}\\p{M}]*`] : []),
    ...(unspaced.length ? [`(?:${unspaced.join('|')})`] : []),
  ];
  return new RegExp(alternatives.join('|'), 'giu');
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
