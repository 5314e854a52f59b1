/**
 * The body of the one-page guide (`print/`), put together from what each lesson page already
 * rendered: every lesson page carries its printable content and its key's list between
 * comment markers (../lesson.ts), so the page costs a read of each lesson's file and some
 * string work instead of a second rendering of every lesson.
 *
 * Sections are chapters, in guide order, each with an anchor at its address
 * (`#releasing/`, `#releasing/canary/`); one answer key follows, by chapter and lesson.
 */
import { text } from '../../i18n/format';
import type { UiStrings } from '../../i18n/en';
import { element, escapeHtml, open } from '../../checks/render/html';
import type { Guide, Lesson, Section } from '../../lib/content/model';
import { MARKERS } from '../lesson';
import { anchorOf, relocate } from './relocate';

/** The id of the answer key on the page: `_` never starts a slug, so no section can take it. */
export const KEY_ANCHOR = '_answer-key';
/** Stands in the built `print/` page for the body this module writes. */
export const BODY_PLACEHOLDER = '<!--mn-print-guide-->';

/** A lesson page's printable parts. */
export interface LessonPrint {
  /** The content: prose, self-checks, card sheets. */
  content: string;
  /** The key's numbered list; empty when the lesson has no question. */
  key: string;
}

function between(html: string, start: string, end: string): string | undefined {
  const from = html.indexOf(start);
  const to = from < 0 ? -1 : html.indexOf(end, from + start.length);
  return to < 0 ? undefined : html.slice(from + start.length, to);
}

/** The printable parts of a built lesson page; undefined when it has no markers. */
export function extractPrint(page: string): LessonPrint | undefined {
  const content = between(page, MARKERS.start, MARKERS.end);
  if (content === undefined) return undefined;
  return { content, key: between(page, MARKERS.keyStart, MARKERS.keyEnd) ?? '' };
}

/** What assembling reads: the guide, where it is served, its strings, and each lesson page's parts. */
export interface AssembleInput {
  guide: Guide;
  base: string;
  ui: Pick<UiStrings, 'print'>;
  /** A lesson's printable parts, by slug (read from its built page). */
  lessonPrint(slug: string): LessonPrint | undefined;
  /** True when `lessonPrint` gives the parts already moved onto the page (`relocatePrint`). */
  relocated?: boolean;
}

/** The slugs of the lessons and sections that have an anchor on the print page (not a lesson page's ids: survey/source.ts). */
export function printAnchors(guide: Guide): Set<string> {
  return new Set([...guide.lessons.map((l) => l.slug), ...[...guide.sections.keys()].filter(Boolean)]);
}

/** Each lesson's heading level on the page (2 at the top of the guide, one more per section around it), by slug. */
export function lessonLevels(guide: Guide): Map<string, number> {
  const levels = new Map<string, number>();
  const walk = (section: Section, level: number) => {
    for (const child of section.children) {
      if (child.kind === 'lesson') levels.set(child.slug, level);
      else walk(child, level + 1);
    }
  };
  walk(guide.root, 2);
  return levels;
}

/**
 * A lesson's printable parts as they go onto the page (relocate.ts), its heading at `level`.
 * @param anchors `printAnchors` of the guide
 */
export function relocatePrint(parts: LessonPrint, slug: string, level: number, base: string, anchors: ReadonlySet<string>): LessonPrint {
  const at = { slug, base, anchors, shift: level - 1 };
  return { content: relocate(parts.content, at), key: parts.key && relocate(parts.key, at) };
}

const heading = (level: number, html: string) => element(`h${Math.min(6, level)}`, {}, html);
const lede = (description?: string) => (description ? element('p', { class: 'mn-lede' }, escapeHtml(description)) : '');

/**
 * The page's body, the chapters then the answer key, in pieces in page order: a writer can
 * put each piece in the file as it comes, so a guide of thousands of lessons is never held
 * whole (at 1,000 lessons the page is some 40 MB).
 * @example for (const piece of guidePieces(input)) writeSync(fd, piece)
 */
export function* guidePieces(input: AssembleInput): Generator<string> {
  const { guide, base } = input;
  const anchors = printAnchors(guide);
  const keys: string[] = [];
  const chaptersInKey = new Set<string>();

  const lesson = (node: Lesson, level: number, chapter?: Section): string => {
    const read = input.lessonPrint(node.slug);
    const parts = read && !input.relocated ? relocatePrint(read, node.slug, level, base, anchors) : read;
    if (parts?.key) {
      if (chapter && !chaptersInKey.has(chapter.slug)) {
        chaptersInKey.add(chapter.slug);
        keys.push(heading(3, escapeHtml(chapter.title)));
      }
      keys.push(heading(chapter ? 4 : 3, escapeHtml(node.title)) + parts.key);
    }
    const body = parts ? parts.content : '';
    return element('article', { class: 'mn-print-lesson', id: anchorOf(node.slug) }, heading(level, escapeHtml(node.title)) + lede(node.description) + body);
  };
  function* section(node: Section, level: number, chapter: Section): Generator<string> {
    yield open('section', { class: level === 2 ? 'mn-print-chapter' : 'mn-print-section', id: anchorOf(node.slug) });
    yield heading(level, escapeHtml(node.title)) + lede(node.description);
    yield* children(node, level + 1, chapter);
    yield '</section>';
  }
  function* children(node: Section, level: number, chapter?: Section): Generator<string> {
    for (const child of node.children) {
      if (child.kind === 'lesson') yield lesson(child, level, chapter);
      else yield* section(child, level, chapter ?? child);
    }
  }

  yield* children(guide.root, 2);
  if (keys.length) {
    yield open('section', { class: 'mn-print-key', id: KEY_ANCHOR, 'data-pagefind-ignore': true });
    yield heading(2, escapeHtml(text(input.ui.print.answerKey)));
    yield* keys;
    yield '</section>';
  }
}

/**
 * The page's body whole: the chapters, then the answer key.
 * @example assembleGuide({ guide, base: '/', ui, lessonPrint: (slug) => extractPrint(read(slug)) })
 */
export function assembleGuide(input: AssembleInput): string {
  return [...guidePieces(input)].join('');
}
