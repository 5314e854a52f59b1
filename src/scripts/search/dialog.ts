/**
 * The search dialog, added to the page on demand by the header's loader (see loader.ts). A
 * native modal `<dialog>` keeps focus inside it and closes on Escape; the input is a combobox
 * whose listbox of results is walked with Up/Down (`aria-activedescendant`); Enter opens the
 * active result.
 */
import lang from 'virtual:mnemo/lang';
import ui from 'virtual:mnemo/ui/search';
import { format, text } from '../../i18n/format';
import { plural } from '../../i18n/plural';
import { loadPagefind, searchLessons, SearchUnavailable, warmUp, type SearchOutcome } from './engine';
import type { SearchController, SearchHost } from './host';
import { appendLessons, hitUrl, moreOption } from './results-view';

const UNAVAILABLE_DEV = text(ui.unavailableDev);
const UNAVAILABLE = text(ui.unavailable);

/** Counts for the live region, e.g. "3 lessons found". */
function describe(total: number, query: string): string {
  if (!total) return format(text(ui.none), { query });
  return plural(lang, ui.found, total);
}

class SearchDialog implements SearchController {
  private readonly dialog: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly section: HTMLSelectElement | null;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  /** The options in list order: result links, and "Show more results" last. */
  private options: HTMLElement[] = [];
  private active = -1;
  private run = 0;
  private outcome: SearchOutcome | undefined;
  private opener: HTMLElement | null = null;

  constructor(dialog: HTMLDialogElement) {
    this.dialog = dialog;
    this.input = this.dialog.querySelector('input')!;
    this.section = this.dialog.querySelector('select');
    this.list = this.dialog.querySelector('[role="listbox"]')!;
    this.status = this.dialog.querySelector('[role="status"]')!;
    this.input.addEventListener('input', () => void this.search());
    this.section?.addEventListener('change', () => void this.search());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (!option) return;
      // A result is a link: the browser follows it (in this tab, or a new one with a modifier
      // or the middle button), to the query the reader typed last.
      if (option instanceof HTMLAnchorElement) option.href = hitUrl(option.dataset.url!, this.input.value);
      else void this.choose(this.options.indexOf(option));
    });
    this.dialog.querySelector('[data-mn-close]')?.addEventListener('click', () => this.dialog.close());
    // Clicks on the backdrop land on the dialog element itself.
    this.dialog.addEventListener('click', (event) => event.target === this.dialog && this.dialog.close());
    this.dialog.addEventListener('close', () => {
      const back = this.opener?.isConnected ? this.opener : document.querySelector<HTMLElement>('mnemo-search button');
      back?.focus();
    });
  }

  open(opener: HTMLElement | null) {
    if (this.dialog.open) return;
    this.opener = opener;
    // Earlier results stay, but nothing is chosen until the reader moves.
    this.setActive(-1);
    this.dialog.showModal();
    this.input.focus();
    this.input.select();
    warmUp().catch(() => this.unavailable());
  }

  private unavailable() {
    this.clear();
    this.status.textContent = import.meta.env.DEV ? UNAVAILABLE_DEV : UNAVAILABLE;
  }

  private clear() {
    this.list.replaceChildren();
    this.options = [];
    this.setActive(-1);
    this.outcome = undefined;
    this.input.setAttribute('aria-expanded', 'false');
  }

  private async search() {
    const run = ++this.run;
    const query = this.input.value.trim();
    if (!query) {
      this.clear();
      this.status.textContent = '';
      return;
    }
    let outcome: SearchOutcome | null;
    try {
      outcome = await searchLessons(query, this.section?.value ?? '');
    } catch (error) {
      if (error instanceof SearchUnavailable) this.unavailable();
      else throw error;
      return;
    }
    if (!outcome || run !== this.run) return;
    this.clear();
    this.outcome = outcome;
    this.options = appendLessons(this.list, outcome.lessons, query, 0);
    this.addMore();
    this.input.setAttribute('aria-expanded', String(this.options.length > 0));
    this.status.textContent = describe(outcome.total, query);
  }

  private addMore() {
    if (!this.outcome?.more) return;
    const more = moreOption(`mn-search-opt-${this.options.length}`);
    this.list.append(more);
    this.options.push(more);
  }

  private async choose(index: number) {
    const li = this.options[index];
    if (!li) return;
    if (li instanceof HTMLAnchorElement) {
      // Results may still show a query typed a moment ago; highlight what the reader typed last.
      window.location.assign(hitUrl(li.dataset.url!, this.input.value));
      return;
    }
    // "Show more results": replace it with the next lessons and keep the reader's place.
    const outcome = this.outcome;
    if (!outcome?.more) return;
    const lessons = await outcome.more();
    if (outcome !== this.outcome) return;
    li.remove();
    this.options.splice(index, 1);
    this.options.push(...appendLessons(this.list, lessons, this.input.value, index));
    this.addMore();
    this.setActive(index);
    this.status.textContent = format(text(ui.showing), { shown: this.list.querySelectorAll('.mn-search-hit--lesson').length, total: outcome.total }, lang);
  }

  private setActive(index: number) {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const li = this.options[index];
    if (li) {
      li.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent) {
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      void this.choose(this.active < 0 ? 0 : this.active);
    }
  }
}

const host = document.querySelector<SearchHost>('mnemo-search');
const dialog = host?.querySelector('dialog');
if (host && dialog) {
  host.attach(new SearchDialog(dialog));
  // Fetch pagefind.js now, so the first search only waits for the index.
  loadPagefind().catch(() => {
    // Reported in the dialog when the reader searches.
  });
}
