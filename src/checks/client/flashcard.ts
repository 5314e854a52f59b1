/**
 * `<mnemo-flashcard>`: the card itself is a native disclosure (flips by click, Enter or
 * Space); this turns it into a card that turns over (`data-ready`, src/styles/cards.css),
 * lets a click on its back turn it back, and adds the recall rating, offered once the back
 * has been seen (`data-seen`), and saves it.
 */
import lang from 'virtual:mnemo/lang';
import ui from 'virtual:mnemo/ui/card';
import { format, text } from '../../i18n/format';
import { onProgress, RATED_EVENT, resets } from './events';
import { openProgress } from './progress';

const LABELS = { again: text(ui.ratedAgain), got: text(ui.ratedGot) } as const;

class MnemoFlashcard extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const details = this.querySelector('details')!;
    const rating = this.querySelector<HTMLElement>('.mn-card__rating')!;
    const status = this.querySelector<HTMLElement>('.mn-card__status')!;
    const store = openProgress(this.dataset.store!);
    const last = store.read().cards[this.id]?.last;
    for (const first of ['focusin', 'pointerdown']) this.addEventListener(first, store.warm, { once: true });
    let hadProgress = !!last;
    // Not in the live region: a note present from the start need not be announced.
    if (last) {
      const note = document.createElement('p');
      note.className = 'mn-card__earlier';
      note.textContent = format(text(ui.earlier), { rating: LABELS[last] });
      status.before(note);
    }

    const summary = details.querySelector('summary')!;
    details.addEventListener('toggle', () => {
      if (details.open) this.toggleAttribute('data-seen', true);
    });
    // The turned card shows its back, with the summary facing away: a click on the back
    // turns it again, unless it lands on something of its own or ends a text selection.
    details.querySelector('.mn-card__back')?.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a, button, input, select, textarea, pre, code') || getSelection()?.toString()) return;
      details.open = false;
      summary.focus();
    });
    // In place from the start (hidden by cards.css until the back is seen), so it never moves.
    rating.hidden = false;
    for (const button of rating.querySelectorAll<HTMLButtonElement>('[data-rating]')) {
      button.addEventListener('click', () => {
        const value = button.dataset.rating as keyof typeof LABELS;
        const record = store.rateCard(this.id, value);
        hadProgress = true;
        status.textContent = format(text(ui.rated), { rating: LABELS[value], got: record.got, total: record.got + record.again }, lang);
        this.querySelector('.mn-card__earlier')?.remove();
        this.dispatchEvent(new CustomEvent(RATED_EVENT, { bubbles: true }));
      });
    }
    onProgress(this.dataset.store!, (change) => {
      if (!resets(change, this.id, hadProgress, () => !!store.read().cards[this.id])) return;
      hadProgress = false;
      this.querySelector('.mn-card__earlier')?.remove();
      status.textContent = '';
      details.open = false;
      this.removeAttribute('data-seen');
    });
  }
}

customElements.define('mnemo-flashcard', MnemoFlashcard);
