/**
 * `<mnemo-progress>`: how many of a lesson's (or the guide's) self-checks are answered
 * correctly, from saved progress. Runs on every page that lists lessons, so it only reads
 * (no store code) and stays tiny; it fills `[data-short]` ("3/7") and `[data-long]` (the
 * sentence) and follows changes.
 */
import { format } from '../../i18n/format';
import { emptyProgress, parseProgress, type Progress } from '../../lib/progress/schema';
import { countKnown, countRight } from '../../lib/progress/summary';
import { idList, onProgress } from './events';

/** The value last read and what it parsed to: every badge on a page reads the same one. */
let last: { key: string; raw: string | null; progress: Progress } | undefined;

function read(key: string): Progress {
  try {
    const raw = localStorage.getItem(key);
    // A corrupt value counts as nothing; the store drops it on its next read.
    if (last?.key !== key || last.raw !== raw) last = { key, raw, progress: (raw !== null && parseProgress(raw)) || emptyProgress() };
    return last.progress;
  } catch {
    return emptyProgress();
  }
}

class MnemoProgress extends HTMLElement {
  connectedCallback() {
    const key = this.dataset.store!;
    const questions = idList(this.dataset.questions);
    const cards = idList(this.dataset.cards);
    const short = this.querySelector('[data-short]');
    const long = this.querySelector('[data-long]');
    const render = () => {
      const progress = read(key);
      const right = countRight(progress, questions);
      const sentences = [];
      if (questions.length) sentences.push(format(this.dataset.questionsText ?? '', { right }));
      if (cards.length) sentences.push(format(this.dataset.cardsText ?? '', { known: countKnown(progress, cards) }));
      if (short) short.textContent = `${right}/${questions.length}`;
      if (long) long.textContent = `${this.dataset.prefix ?? ''}${sentences.join('; ')}.`;
      this.toggleAttribute('data-done', questions.length > 0 && right === questions.length);
    };
    render();
    onProgress(key, render);
    this.hidden = false;
  }
}

customElements.define('mnemo-progress', MnemoProgress);
