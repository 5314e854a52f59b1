/**
 * `<mnemo-reset>`: forgets a lesson's progress (`data-ids`) or the whole guide's (no ids),
 * after the learner confirms in a native modal dialog. The dialog returns focus to the
 * button that opened it; the result is announced once forgotten.
 */
import { idList } from './events';
import { openProgress } from './progress';

class MnemoReset extends HTMLElement {
  connectedCallback() {
    const opener = this.querySelector<HTMLButtonElement>('.mn-reset__open')!;
    const dialog = this.querySelector('dialog')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const store = openProgress(this.dataset.store!);
    const ids = this.hasAttribute('data-ids') ? idList(this.dataset.ids) : undefined;
    opener.addEventListener('click', () => {
      dialog.returnValue = '';
      status.textContent = '';
      dialog.showModal();
    });
    dialog.addEventListener('close', async () => {
      if (dialog.returnValue !== 'reset') return;
      await (ids ? store.forget(ids) : store.clear());
      status.textContent = this.dataset.done ?? '';
    });
    this.hidden = false;
  }
}

customElements.define('mnemo-reset', MnemoReset);
