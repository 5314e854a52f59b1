/**
 * `<mnemo-reset>`: forgets a lesson's progress (`data-ids`) or the whole guide's (no ids),
 * after the learner confirms in a native modal dialog. The dialog returns focus to the
 * button that opened it; the result is announced once forgotten. The store's code loads only
 * once the learner confirms (`learner-data/client/on-demand.ts`): the home page, which has
 * this button, stays light.
 */
import { demand } from '../../learner-data/client/on-demand';
import { reportUnsaved } from '../../learner-data/client/unsaved';
import { announceProgress, idList } from './events';

class MnemoReset extends HTMLElement {
  connectedCallback() {
    const opener = this.querySelector<HTMLButtonElement>('.mn-reset__open')!;
    const dialog = this.querySelector('dialog')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const key = this.dataset.store!;
    const ids = this.hasAttribute('data-ids') ? idList(this.dataset.ids) : undefined;
    opener.addEventListener('click', () => {
      dialog.returnValue = '';
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>('[value="cancel"]')!.focus();
    });
    dialog.addEventListener('close', async () => {
      if (dialog.returnValue !== 'reset') return;
      try {
        const store = (await demand('progressStore'))(key);
        if (ids) store.forget(ids);
        else store.clear();
      } catch (error) {
        // The store's code did not load: nothing was forgotten, and the page says so.
        return reportUnsaved(error);
      }
      announceProgress({ key, reset: ids ?? 'all' });
      status.textContent = this.dataset.done ?? '';
    });
    this.hidden = false;
  }
}

customElements.define('mnemo-reset', MnemoReset);
