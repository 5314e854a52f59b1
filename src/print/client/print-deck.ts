/**
 * `<mnemo-print-deck>`: "Print these cards" prints one deck's sheets alone. It marks the
 * page and that deck's sheet before opening the print dialog; print.css then hides
 * everything else. The marks stay until the browser says printing is over (`afterprint`),
 * since some browsers return from `print()` before the dialog has rendered the page.
 */

/** The attribute on `<html>` that asks print.css to print one chosen sheet only. */
const ROOT_MARK = 'data-mn-print';
/** The attribute on the chosen sheet. */
const CHOSEN = 'data-chosen';

function clear(): void {
  document.documentElement.removeAttribute(ROOT_MARK);
  for (const sheet of document.querySelectorAll(`.mn-sheet[${CHOSEN}]`)) sheet.removeAttribute(CHOSEN);
}

class MnemoPrintDeck extends HTMLElement {
  connectedCallback() {
    const sheet = [...document.querySelectorAll<HTMLElement>('.mn-sheet')].find((s) => s.dataset.deck === this.dataset.deck);
    if (!sheet) return;
    this.querySelector('button')!.addEventListener('click', () => {
      clear();
      sheet.setAttribute(CHOSEN, '');
      document.documentElement.setAttribute(ROOT_MARK, 'sheet');
      window.print();
    });
    this.hidden = false;
  }
}

window.addEventListener('afterprint', clear);
customElements.define('mnemo-print-deck', MnemoPrintDeck);
