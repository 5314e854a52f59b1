/**
 * The only search code a page runs at load (budget < 1 KB gzip, tested). It reveals the
 * header's search button, listens for Ctrl+K (Cmd+K on Apple devices), and brings in the
 * dialog on first use or when the browser is idle.
 *
 * Modules load through a `<script>` element, not `import()`: Vite would add its ~1 KB preload
 * helper to this file for an `import()`. Their URLs come from the search integration.
 */
import { dialog, highlight } from 'virtual:mnemo/search-modules';
import type { SearchController, SearchHost } from './host';

const APPLE = /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);

function addModule(src: string) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

/** `<mnemo-search>`: the header's search button; hidden without JavaScript, where search cannot work. */
class MnemoSearch extends HTMLElement implements SearchHost {
  private controller?: SearchController;
  /** Who asked to open the dialog before it had loaded (undefined: nobody). */
  private pending?: HTMLElement | null;

  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    if (APPLE) {
      button.setAttribute('aria-keyshortcuts', 'Meta+K');
      const modifier = this.querySelector('[data-mn-modifier]');
      if (modifier) modifier.textContent = '⌘';
    }
    button.addEventListener('click', () => this.open(button));
    document.addEventListener('keydown', (event) => {
      const modifier = APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      event.preventDefault();
      const focused = document.activeElement;
      this.open(focused instanceof HTMLElement ? focused : null);
    });
    // Browsers without requestIdleCallback (Safari) get a short delay instead. A page kept busy
    // (a loaded machine, a long task) may have no idle time for long: it loads after 4 s anyway.
    (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1500)))(() => this.load(), { timeout: 4000 });
    // Arriving from a search result: highlight the query's terms.
    if (new URLSearchParams(location.search).get('q')) addModule(highlight);
    this.hidden = false;
  }

  attach(controller: SearchController) {
    this.controller = controller;
    if (this.pending !== undefined) controller.open(this.pending);
    this.pending = undefined;
  }

  private open(opener: HTMLElement | null) {
    if (this.controller) return this.controller.open(opener);
    this.pending = opener;
    this.load();
  }

  /** Puts the dialog's markup (an inert template until now) into the page and loads its module, once. */
  private load() {
    const template = this.querySelector('template');
    if (!template) return;
    template.replaceWith(template.content.cloneNode(true));
    addModule(dialog);
  }
}
customElements.define('mnemo-search', MnemoSearch);
