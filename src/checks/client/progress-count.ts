/**
 * `<mnemo-progress>`: how many of a lesson's (or the guide's) self-checks are answered
 * correctly, from saved progress. Runs on every page that lists lessons, so it only reads
 * (no store code) and stays tiny; it fills `[data-short]` ("3/7") and `[data-long]` (the
 * sentence) and follows changes.
 */
import lang from 'virtual:mnemo/lang';
import { format, formatNumber } from '../../i18n/format';
import { countKnown, countRight, peekProgress, type ProgressCounts } from '../../lib/progress/summary';
import { idList, onProgress } from './events';

/** The value last read and what it parsed to: every badge on a page reads the same one. */
let last: { key: string; raw: string | null; progress: ProgressCounts } | undefined;

function read(key: string): ProgressCounts {
  // What this page could not save counts too (see `learner-data/client/storage.ts`). Read
  // straight from the page's registry (`learner-data/client/unsaved.ts`, same symbol) rather
  // than importing it: the badge code on every page stays within its 1.5 KB.
  const held = (globalThis as { [key: symbol]: { values: Map<string, string> } | undefined })[Symbol.for('mnemo.unsaved')];
  let raw: string | null = held?.values.get(key) ?? null;
  try {
    // Progress release 0.1.0 saved counts too, until a page that saves moves it over.
    raw ??= localStorage.getItem(key) ?? localStorage.getItem(key.replace(/^mnemo:progress:/, 'mnemo:v1:progress:'));
  } catch {
    // Blocked storage: nothing is saved, so nothing is counted.
  }
  if (last?.key !== key || last.raw !== raw) last = { key, raw, progress: peekProgress(raw) };
  return last.progress;
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
      if (short) short.textContent = `${formatNumber(right, lang)}/${formatNumber(questions.length, lang)}`;
      if (long) long.textContent = format(this.dataset.text ?? '', { right, known: countKnown(progress, cards) }, lang);
      this.toggleAttribute('data-done', questions.length > 0 && right === questions.length);
    };
    render();
    onProgress(key, render);
    this.hidden = false;
  }
}

customElements.define('mnemo-progress', MnemoProgress);
