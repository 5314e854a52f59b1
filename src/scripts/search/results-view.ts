/**
 * Renders hits as options of the dialog's listbox. Each hit is a link (`<a role="option">`),
 * so it opens in a new tab, and its address can be copied, as any link's; its accessible name
 * is its visible text. Every text comes from the index and is inserted as text, never as
 * HTML, so lesson content cannot inject markup into the dialog.
 */
import ui from 'virtual:mnemo/ui/search';
import { format, text } from '../../i18n/format';
import type { LessonResult } from './engine';
import type { ExcerptPart, Hit, HitKind } from './hits';

/** The visible label that tells a lesson from a part of one. */
export const KIND_LABELS: Record<HitKind, string> = {
  lesson: text(ui.kindLesson),
  heading: text(ui.kindHeading),
  question: text(ui.kindQuestion),
  flashcard: text(ui.kindFlashcard),
};

/**
 * The URL a hit opens: its page with the query as `?q=`, so the landing page highlights the
 * terms, and its `#anchor`, so the browser scrolls to the exact heading or self-check.
 * @example hitUrl('/guide/intro/#why', 'drift') // '/guide/intro/?q=drift#why'
 */
export function hitUrl(url: string, query: string): string {
  const [path = '', hash] = url.split('#');
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}q=${encodeURIComponent(query.trim())}${hash ? `#${hash}` : ''}`;
}

function span(className: string, id: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.id = id;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Text with its matching words in `<mark>`, as a span of `className`. */
function markedNode(className: string, parts: ExcerptPart[], id: string): HTMLSpanElement {
  const el = span(className, id);
  for (const part of parts) {
    if (!part.mark) {
      el.append(part.text);
      continue;
    }
    // A leading space belongs outside the mark, so only the word is highlighted.
    const lead = part.text.match(/^\s*/)?.[0] ?? '';
    if (lead) el.append(lead);
    const mark = document.createElement('mark');
    mark.textContent = part.text.slice(lead.length);
    el.append(mark);
  }
  return el;
}

/**
 * One option: a link whose text (kind, title, where it is, excerpt) is also its name. Out of
 * the tab order: the reader walks the list with the arrow keys from the search field.
 */
function option(hit: Hit, id: string, query: string, where: string | undefined): HTMLElement {
  const li = document.createElement('li');
  li.setAttribute('role', 'none');
  const link = document.createElement('a');
  link.id = id;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.tabIndex = -1;
  link.className = `mn-search-hit mn-search-hit--${hit.kind}`;
  link.href = hitUrl(hit.url, query);
  link.dataset.url = hit.url;
  const head = span('mn-search-hit__head', `${id}-head`);
  head.append(span('mn-search-hit__kind', `${id}-kind`, KIND_LABELS[hit.kind]), ' ', markedNode('mn-search-hit__title', hit.titleParts, `${id}-title`));
  link.append(head);
  // Spaces between the parts, so that the name reads as words, not "QuestionWhy…".
  if (where) link.append(' ', span('mn-search-hit__where', `${id}-where`, where));
  if (hit.excerpt.length) link.append(' ', markedNode('mn-search-hit__excerpt', hit.excerpt, `${id}-excerpt`));
  li.append(link);
  return li;
}

/**
 * Appends each lesson and its matching parts to `list`, numbering option ids from `first`.
 * Returns the new options (the links) in list order.
 */
export function appendLessons(list: HTMLElement, lessons: LessonResult[], query: string, first: number): HTMLElement[] {
  const items: HTMLElement[] = [];
  const add = (item: HTMLElement) => items.push(item);
  for (const { lesson, parts, section } of lessons) {
    add(option(lesson, `mn-search-opt-${first + items.length}`, query, section));
    for (const part of parts) add(option(part, `mn-search-opt-${first + items.length}`, query, format(text(ui.inLesson), { title: lesson.title })));
  }
  list.append(...items);
  return items.map((item) => item.firstElementChild as HTMLElement);
}

/** The last option of a long list, which loads the next page of lessons. */
export function moreOption(id: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = 'mn-search-hit mn-search-hit--more';
  li.textContent = text(ui.more);
  return li;
}
