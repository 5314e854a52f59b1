/**
 * `<mnemo-reset>`: forgets a lesson's progress (`data-ids`) or the whole guide's (no ids),
 * after the learner confirms in a native modal dialog. The dialog returns focus to the
 * button that opened it; the result is announced. The store's code loads only once the
 * learner confirms: the home page, which has this button, stays light.
 */
import { idList } from './events';

class MnemoReset extends HTMLElement {
  connectedCallback() {
    const opener = this.querySelector<HTMLButtonElement>('.mn-reset__open')!;
    const dialog = this.querySelector('dialog')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const ids = this.hasAttribute('data-ids') ? idList(this.dataset.ids) : undefined;
    opener.addEventListener('click', () => {
      dialog.returnValue = '';
      status.textContent = '';
      dialog.showModal();
    });
    dialog.addEventListener('close', async () => {
      if (dialog.returnValue !== 'reset') return;
      const store = (await import('./progress')).openProgress(this.dataset.store!);
      if (ids) store.forget(ids);
      else store.clear();
      status.textContent = this.dataset.done ?? '';
    });
    this.hidden = false;
  }
}

customElements.define('mnemo-reset', MnemoReset);
