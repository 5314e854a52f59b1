/**
 * "Print these cards" prints one deck's sheets alone: it marks the page and the deck's sheet
 * (which follows the deck, src/print/lesson.ts) before opening the print dialog, and
 * print.css then hides everything else. The marks stay until the browser says printing is
 * over (`afterprint`): some browsers return from `print()` before the dialog has laid out
 * the page. A few lines on purpose: it ships with every lesson that has a deck.
 */
const root = document.documentElement;

function clear(): void {
  root.removeAttribute('data-mn-print');
  document.querySelector('.mn-sheet[data-chosen]')?.removeAttribute('data-chosen');
}

for (const holder of document.querySelectorAll<HTMLElement>('.mn-deck__print')) {
  holder.addEventListener('click', () => {
    clear();
    holder.parentElement!.nextElementSibling!.setAttribute('data-chosen', '');
    root.setAttribute('data-mn-print', 'sheet');
    print();
  });
  holder.hidden = false;
}
addEventListener('afterprint', clear);
