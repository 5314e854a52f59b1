/**
 * Turns one Pagefind page result into what the dialog lists: the lesson, then the parts of it
 * that matched (headings, questions, flashcards), each with its own `#anchor` and excerpt.
 *
 * Pagefind's own `sub_results` split a page only on `h1`-`h6` with an id. Self-checks are not
 * headings, so the split is computed here from the raw `anchors` Pagefind records for every
 * element with an id (documented in Pagefind's "sub results" guide): a heading, a
 * `<mnemo-question>` or a `<mnemo-flashcard>` starts a new part. Positions count words as
 * Pagefind does in every script (`words.ts`). Pure, so it is unit tested.
 */
import { pageWords } from './words';

/** What a listed result is; the dialog shows it as a label. */
export type HitKind = 'lesson' | 'heading' | 'question' | 'flashcard';

/** A run of excerpt text; `mark` runs matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One line of the result list. */
export interface Hit {
  kind: HitKind;
  title: string;
  /** Page URL, plus `#id` for a part of the page. */
  url: string;
  /** Anchor id of a part; undefined for the lesson itself. */
  id?: string;
  excerpt: ExcerptPart[];
  /** Number of matching words in this part. */
  matches: number;
}

/** The subset of Pagefind's `result.data()` that hits are built from. */
export interface PageData {
  url: string;
  content: string;
  /** `content` as Pagefind split it into words: U+200B between words of Chinese, Japanese or Thai. */
  raw_content?: string;
  locations: number[];
  anchors: { element: string; id: string; text?: string; location: number }[];
  meta: Record<string, string | undefined>;
}

/** Tag names of the elements that carry a self-check's id (see docs/search-notes.md). */
const CHECK_TAGS: Record<string, HitKind> = { 'mnemo-question': 'question', 'mnemo-flashcard': 'flashcard' };

/** The kind of part an anchor starts, or undefined when it does not start one. */
export function anchorKind(anchor: PageData['anchors'][number]): HitKind | undefined {
  const element = anchor.element.toLowerCase();
  if (CHECK_TAGS[element]) return CHECK_TAGS[element];
  // A heading in any script: a letter or digit of any alphabet, not only ASCII.
  return /^h[1-6]$/.test(element) && /[\p{L}\p{N}]/u.test(anchor.text ?? '') ? 'heading' : undefined;
}

/**
 * Up to `length` words around the densest run of matches in `[start, end)`, matches marked,
 * joined by `joiner` (nothing between words of Chinese or Japanese, which keep their own
 * spaces). Pagefind's `content` is plain text (not HTML-escaped); callers insert it as text.
 */
export function excerpt(words: string[], matches: number[], start: number, end: number, length = 24, joiner = ' '): ExcerptPart[] {
  const hits = new Set(matches);
  let from = start;
  if (end - start > length && matches.length) {
    let best = -1;
    for (const m of matches) {
      const lo = Math.max(start, Math.min(m - Math.floor(length / 3), end - length));
      const count = matches.filter((x) => x >= lo && x < lo + length).length;
      if (count > best) [best, from] = [count, lo];
    }
  }
  const to = Math.min(end, from + length);
  const parts: ExcerptPart[] = [];
  for (let i = from; i < to; i++) {
    const mark = hits.has(i);
    const text = words[i] ?? '';
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += `${joiner}${text}`;
    else parts.push({ text: last ? `${joiner}${text}` : text, mark });
  }
  if (parts[0] && from > start) parts[0].text = `…${joiner}${parts[0].text}`;
  if (to < end) parts.push({ text: `${joiner}…`, mark: false });
  return parts;
}

/** Ends a sentence or a lead-in in any script: `. ? !` and their CJK, Arabic and Devanagari forms, or a colon. */
const SENTENCE_END = /[\p{Sentence_Terminal}:：]\s*$/u;

/**
 * A part's title when its anchor has no text of its own: its first sentence, e.g. a stem, or
 * its first `max` characters and an ellipsis.
 */
function leadingWords(words: string[], start: number, end: number, joiner: string, max = 90): string {
  let title = '';
  for (let i = start; i < end; i++) {
    title += (i > start ? joiner : '') + (words[i] ?? '');
    if (SENTENCE_END.test(title)) return title.trim();
    if (title.length >= max) return `${title.trim()}${joiner}…`;
  }
  return title.trim();
}

/**
 * The lesson hit and its matching parts. Parts are kept in page order; when more than
 * `maxParts` matched, those with the most matches win.
 */
export function pageHits(page: PageData, maxParts = 3): { lesson: Hit; parts: Hit[] } {
  const { words, joiner } = pageWords(page);
  const bounds = page.anchors
    .map((anchor) => ({ anchor, kind: anchorKind(anchor) }))
    .filter((b): b is { anchor: PageData['anchors'][number]; kind: HitKind } => b.kind !== undefined)
    .sort((a, b) => a.anchor.location - b.anchor.location);
  const firstPart = bounds[0]?.anchor.location ?? words.length;
  const lesson: Hit = {
    kind: 'lesson',
    title: page.meta.title ?? page.url,
    url: page.url,
    excerpt: [],
    matches: page.locations.length,
  };

  const parts: (Hit & { order: number })[] = [];
  bounds.forEach(({ anchor, kind }, order) => {
    const start = anchor.location;
    const end = bounds[order + 1]?.anchor.location ?? words.length;
    const inside = page.locations.filter((l) => l >= start && l < end);
    if (!inside.length) return;
    const title = kind === 'heading' ? (anchor.text ?? '').trim() : leadingWords(words, start, end, joiner);
    parts.push({ kind, title, url: `${page.url}#${anchor.id}`, id: anchor.id, excerpt: excerpt(words, inside, start, end, undefined, joiner), matches: inside.length, order });
  });
  const kept = [...parts].sort((a, b) => b.matches - a.matches || a.order - b.order).slice(0, maxParts);
  // The lesson's own excerpt shows matches above its first part; when every match is in a
  // listed part, repeating one of them would only lengthen the list.
  const before = page.locations.filter((l) => l < firstPart);
  if (before.length) lesson.excerpt = excerpt(words, before, 0, firstPart, undefined, joiner);
  else if (!kept.length) lesson.excerpt = excerpt(words, page.locations, 0, words.length, undefined, joiner);
  return { lesson, parts: kept.sort((a, b) => a.order - b.order).map(({ order: _, ...hit }) => hit) };
}
