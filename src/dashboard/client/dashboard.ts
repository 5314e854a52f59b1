/**
 * `<mnemo-dashboard>`: the learner's progress page. Loads the guide's catalogue index, reads the
 * learner's data from this browser, renders every part, and wires the export, the import and
 * the resets. It renders again whenever the data changes, here or in another tab.
 */
import { openCatalogue } from '../../checks/catalogue/client';
import type { TransferSettings } from '../../learner-data/transfer-settings';
import { studyKeys } from '../../lib/progress/keys';
import type { Index, Summary } from '../summary';
import { confirmIn } from './confirm';
import { readLearnerData } from './data';
import { renderDashboard } from './render';
import { resetAll, resetIds } from './resets';
import { exportNow, importNow } from './transfer';
import { say } from './words';

class MnemoDashboard extends HTMLElement {
  async connectedCallback() {
    const base = this.dataset.base!;
    const settings = JSON.parse(this.dataset.export!) as TransferSettings;
    const keys = studyKeys(base);
    const slot = (name: string) => this.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
    const [status, body, message, resetStatus] = ['status', 'body', 'message', 'reset-status'].map(slot) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    const dialog = this.querySelector('dialog')!;
    const tell = (where: HTMLElement, text: string) => {
      // Emptied first, so the same message twice is announced twice.
      where.textContent = '';
      requestAnimationFrame(() => (where.textContent = text));
    };
    this.hidden = false;
    status.textContent = say('loading');

    let index: Index | undefined;
    let summary: Summary | undefined;
    const render = () => {
      if (index) summary = renderDashboard(this, readLearnerData(keys), index, base, Date.now());
    };
    try {
      index = await openCatalogue(base).index();
      status.textContent = '';
      body.hidden = false;
      render();
    } catch {
      // Export, import and reset work without the index; only the counts cannot be shown.
      status.textContent = say('unavailable');
    }

    this.addEventListener('click', async (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      const action = button.dataset.action;
      if (action === 'export') tell(message, await exportNow(settings));
      else if (action === 'reset-all') {
        if (!(await confirmIn(dialog, say('resetAll'), say('resetAllText'), say('resetAll')))) return;
        await resetAll(keys);
        render();
        tell(message, say('resetAllDone'));
      } else if (action === 'reset-section') {
        const section = summary?.sections.find((s) => s.slug === button.dataset.section);
        if (!section) return;
        const title = button.textContent ?? '';
        if (!(await confirmIn(dialog, title, say('resetSectionText', { title: section.title || say('topLessons') }), title))) return;
        await resetIds(keys, section.ids);
        render();
        // The button was drawn again: focus goes back to its new self.
        this.querySelector<HTMLElement>(`button[data-action="reset-section"][data-section="${CSS.escape(section.slug)}"]`)?.focus();
        tell(resetStatus, say('resetSectionDone', { title: section.title || say('topLessons') }));
      }
    });
    const input = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      tell(message, await importNow(file, settings));
      // Cleared, so that picking the same file again imports again.
      input.value = '';
      render();
    });
    window.addEventListener('storage', (event) => {
      if (event.key === null || Object.values(keys).includes(event.key)) render();
    });
  }
}

customElements.define('mnemo-dashboard', MnemoDashboard);
