/**
 * `<mnemo-print-options>` on the `print/` page: keeps "answers after each question" and the
 * address in step (`?answers=inline` opens the page with it on, and ticking it updates the
 * address, so a teacher's copy can be linked), and shows the print button. The option itself
 * works without this script: print-page.css reads the checkbox.
 */

/** The query parameter and value that ask for answers after each question. */
const PARAM = 'answers';
const INLINE = 'inline';

class MnemoPrintOptions extends HTMLElement {
  connectedCallback() {
    const inline = this.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    inline.checked = new URL(location.href).searchParams.get(PARAM) === INLINE;
    inline.addEventListener('change', () => {
      const url = new URL(location.href);
      if (inline.checked) url.searchParams.set(PARAM, INLINE);
      else url.searchParams.delete(PARAM);
      history.replaceState(history.state, '', url);
    });
    const print = this.querySelector<HTMLButtonElement>('button')!;
    print.addEventListener('click', () => window.print());
    print.hidden = false;
  }
}

customElements.define('mnemo-print-options', MnemoPrintOptions);
