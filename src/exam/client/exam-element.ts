/**
 * `<mnemo-exam>`: an exam page's or the practice page's test. Small on purpose, since it loads
 * with the page: it offers the setup (and resumes an attempt in progress at once), and loads
 * the runner, the catalogue and the questions only when a test starts.
 */
import type { ExamConfig } from '../config';
import { readSeed } from '../query';
import { newSeed } from '../seed';
import { peekExams } from './peek';
import type { Action, Host } from './runner';
import { addressPractice, addressQuery, fillForm, formPractice, samePractice, startOptions } from './setup';

class MnemoExam extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const config = JSON.parse(this.dataset.config!) as ExamConfig;
    const form = this.querySelector('form')!;
    const button = form.querySelector<HTMLButtonElement>('[type="submit"]')!;
    const setup = this.querySelector<HTMLElement>('.mn-exam__setup')!;
    const paper = this.querySelector<HTMLElement>('.mn-exam__paper')!;
    const status = this.querySelector<HTMLElement>('.mn-exam__status')!;
    const practice = config.questions === undefined;
    const peek = peekExams(config.keys.exams, config.exam);
    fillForm(form, peek.layout ?? 'one', practice ? addressPractice(form, location.search) : undefined);

    const host: Host = {
      config,
      paper,
      status,
      options: (seed) => startOptions(config, form, seed ?? newSeed()),
      address(seed) {
        const query = addressQuery(config, form, seed, location.search);
        history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
      },
      showSetup() {
        paper.hidden = true;
        setup.hidden = false;
        button.disabled = false;
        setup.querySelector('h2')?.setAttribute('tabindex', '-1');
        setup.querySelector('h2')?.focus();
      },
      showPaper() {
        setup.hidden = true;
        paper.hidden = false;
      },
    };
    const run = async (action: Action) => {
      button.disabled = true;
      const { runExam } = await import('./runner');
      await runExam(host, action);
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // The address's test is taken again exactly when its choices are still the ones made.
      const shared = readSeed(location.search);
      const same = shared && (!practice || samePractice(formPractice(form), addressPractice(form, location.search)));
      void run({ start: host.options(same ? shared : undefined) });
    });
    const open = peek.open;
    const asked = readSeed(location.search);
    // An attempt in progress is always resumed (its timer runs on); a finished one shows its
    // results unless the address asks for another test.
    if (open && (!open.submitted || !asked || asked === open.seed)) void run({ resume: true });
    else button.disabled = false;
  }
}

customElements.define('mnemo-exam', MnemoExam);
