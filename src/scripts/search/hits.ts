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
  /** The title again, its matching words marked. */
  titleParts: ExcerptPart[];
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

/**
 * Ends a sentence in any script: `. ? !` and their CJK, Arabic and Devanagari forms. Not a
 * colon: "maxSurge: 25%." is the middle of a stem, and a title cut there says too little.
 */
const SENTENCE_END = /\p{Sentence_Terminal}\s*$/u;

/**
 * A part's title when its anchor has no text of its own: its first sentence (a stem's or a
 * card front's), or its first `max` characters and an ellipsis; and how many words it took.
 */
function leadingWords(words: string[], start: number, end: number, joiner: string, max = 90): { title: string; taken: number } {
  let title = '';
  for (let i = start; i < end; i++) {
    title += (i > start ? joiner : '') + (words[i] ?? '');
    if (SENTENCE_END.test(title)) return { title: title.trim(), taken: i - start + 1 };
    if (title.length >= max) return { title: `${title.trim()}${joiner}…`, taken: i - start + 1 };
  }
  return { title: title.trim(), taken: Math.max(0, end - start) };
}

/**
 * `title` as parts, each word marked when the word at the same place of the page's text
 * (from `at`) matched; unmarked throughout when the text there is not the title (`count` 0).
 */
function markTitle(title: string, at: number, count: number, matches: readonly number[]): ExcerptPart[] {
  const hits = new Set(matches);
  const parts: ExcerptPart[] = [];
  if (!count) return [{ text: title, mark: false }];
  title.split(/\s+/).filter(Boolean).forEach((word, n) => {
    const mark = n < count && hits.has(at + n);
    const last = parts[parts.length - 1];
    if (last && !last.mark && !mark) last.text += ` ${word}`;
    else parts.push({ text: last ? ` ${word}` : word, mark });
  });
  return parts;
}

/** A leading-words title as parts: the page's own words, matches marked, in its script's spacing. */
function markLeading(title: string, words: string[], at: number, count: number, matches: number[], joiner: string): ExcerptPart[] {
  const parts = excerpt(words, matches, at, at + count, count, joiner);
  if (title.endsWith('…')) parts.push({ text: `${joiner}…`, mark: false });
  return parts;
}

/**
 * How many words at `start` repeat `title` (Pagefind's text of a heading ends in a full
 * stop: "Rolling update."), so that an excerpt can start after them rather than say the
 * title twice. 0 when the text there does not start with the title.
 */
function titleWords(words: string[], start: number, title: string): number {
  const wanted = title.toLowerCase().split(/\s+/).filter(Boolean);
  const simple = (word: string) => word.toLowerCase().replace(/[.?!:]+$/, '');
  for (let n = 0; n < wanted.length; n++) if (simple(words[start + n] ?? '') !== simple(wanted[n]!)) return 0;
  return wanted.length;
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
  const title = page.meta.title ?? page.url;
  const opening = Math.min(titleWords(words, 0, title), firstPart);
  const lesson: Hit = {
    kind: 'lesson',
    title,
    titleParts: markTitle(title, 0, opening, page.locations),
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
    const named = kind === 'heading' ? { title: (anchor.text ?? '').trim(), taken: titleWords(words, start, anchor.text ?? '') } : leadingWords(words, start, end, joiner);
    // The excerpt goes on where the title stops, so a question's stem is not said twice;
    // with every match in the title, the title says it all.
    const rest = start + named.taken;
    const after = inside.filter((l) => l >= rest);
    const shown = after.length ? excerpt(words, after, rest, end, undefined, joiner) : [];
    const titleParts = kind === 'heading' ? markTitle(named.title, start, named.taken, inside) : markLeading(named.title, words, start, named.taken, inside, joiner);
    parts.push({ kind, title: named.title, titleParts, url: `${page.url}#${anchor.id}`, id: anchor.id, excerpt: shown, matches: inside.length, order });
  });
  const kept = [...parts].sort((a, b) => b.matches - a.matches || a.order - b.order).slice(0, maxParts);
  // The lesson's own excerpt shows matches above its first part; when every match is in a
  // listed part, repeating one of them would only lengthen the list.
  const before = page.locations.filter((l) => l >= opening && l < firstPart);
  const after = page.locations.filter((l) => l >= opening);
  if (before.length) lesson.excerpt = excerpt(words, before, opening, firstPart, undefined, joiner);
  else if (!kept.length && after.length) lesson.excerpt = excerpt(words, after, opening, words.length, undefined, joiner);
  return { lesson, parts: kept.sort((a, b) => a.order - b.order).map(({ order: _, ...hit }) => hit) };
}
