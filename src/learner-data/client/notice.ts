/**
 * `<mnemo-storage-notice>`: on every page, tells the learner when their progress is not being
 * kept, and offers the export as the way out. It shows when the browser refuses storage as the
 * page loads, or when any save fails later (`reportUnsaved`); the learner may dismiss it for
 * this page. Loaded on every page, so the export's own code waits for the click; it exports
 * right here, with what only this page holds.
 */
import { demand } from './on-demand';
import { UNSAVED_EVENT, unsaved } from './unsaved';

/** Whether the page can save at all: a small value written and removed (blocked or full storage throws). */
function canSave(): boolean {
  try {
    localStorage.setItem('mnemo:probe', '1');
    localStorage.removeItem('mnemo:probe');
    return true;
  } catch {
    return false;
  }
}

class MnemoStorageNotice extends HTMLElement {
  connectedCallback() {
    const alert = this.querySelector('[role="alert"]')!;
    let dismissed = false;
    const show = () => {
      if (dismissed || !this.hidden) return;
      this.hidden = false;
      // Filled in once shown, so that screen readers announce it.
      alert.textContent = this.dataset.text ?? '';
    };
    this.querySelector('[data-action="export"]')!.addEventListener('click', async () => {
      (await demand('exportProgress'))(JSON.parse(this.dataset.export!));
    });
    this.querySelector('[data-action="dismiss"]')!.addEventListener('click', () => {
      dismissed = true;
      this.hidden = true;
      document.getElementById('main')?.focus();
    });
    document.addEventListener(UNSAVED_EVENT, show);
    if (unsaved().failed || !canSave()) show();
  }
}

customElements.define('mnemo-storage-notice', MnemoStorageNotice);
