/**
 * Renders hits as options of the dialog's listbox. Every text comes from the index and is
 * inserted as text, never as HTML, so lesson content cannot inject markup into the dialog.
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

function excerptNode(parts: ExcerptPart[], id: string): HTMLSpanElement {
  const el = span('mn-search-hit__excerpt', id);
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

/** One option: kind label, title and where it is form its name; the excerpt describes it. */
function option(hit: Hit, id: string, query: string, where: string | undefined): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = `mn-search-hit mn-search-hit--${hit.kind}`;
  li.dataset.href = hitUrl(hit.url, query);
  li.dataset.url = hit.url;
  const named = [span('mn-search-hit__kind', `${id}-kind`, KIND_LABELS[hit.kind]), span('mn-search-hit__title', `${id}-title`, hit.title)];
  if (where) named.push(span('mn-search-hit__where', `${id}-where`, where));
  li.setAttribute('aria-labelledby', named.map((el) => el.id).join(' '));
  li.append(...named);
  if (hit.excerpt.length) {
    li.append(excerptNode(hit.excerpt, `${id}-excerpt`));
    li.setAttribute('aria-describedby', `${id}-excerpt`);
  }
  return li;
}

/**
 * Appends each lesson and its matching parts to `list`, numbering option ids from `first`.
 * Returns the new options in list order.
 */
export function appendLessons(list: HTMLElement, lessons: LessonResult[], query: string, first: number): HTMLLIElement[] {
  const added: HTMLLIElement[] = [];
  for (const { lesson, parts, section } of lessons) {
    added.push(option(lesson, `mn-search-opt-${first + added.length}`, query, section));
    for (const part of parts) added.push(option(part, `mn-search-opt-${first + added.length}`, query, format(text(ui.inLesson), { title: lesson.title })));
  }
  list.append(...added);
  return added;
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
