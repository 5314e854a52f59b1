/**
 * `<mnemo-deck>`: studies a deck card by card. Shows one card and its position ("3 / 12"),
 * steps with Previous / Next, moves on after a rating, and follows `#card-id` links to a
 * card. Shuffles the cards on each visit when the author asked for it.
 */
import lang from 'virtual:mnemo/lang';
import { shuffle } from '../core/shuffle';
import { RATED_EVENT } from './events';
import { positionLabel, stepIndex } from './view-state';

class MnemoDeck extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const holder = this.querySelector<HTMLElement>('.mn-deck__cards')!;
    let cards = [...holder.querySelectorAll<HTMLElement>('mnemo-flashcard')];
    if (this.dataset.shuffle === 'true') {
      cards = shuffle(cards);
      holder.append(...cards);
    }
    const nav = this.querySelector<HTMLElement>('.mn-deck__nav')!;
    const position = nav.querySelector<HTMLElement>('[data-position]')!;
    const [previous, next] = [...nav.querySelectorAll<HTMLButtonElement>('[data-step]')] as [HTMLButtonElement, HTMLButtonElement];
    let index = 0;

    const show = (to: number) => {
      index = to;
      // Away cards keep their place in the deck's one grid cell (cards.css), so the deck is as
      // tall as its tallest card and nothing moves from card to card; inert keeps them out of
      // reach of the keyboard and of screen readers.
      cards.forEach((card, n) => {
        card.toggleAttribute('data-away', n !== index);
        card.inert = n !== index;
      });
      position.textContent = positionLabel(index, cards.length, lang);
      // aria-disabled keeps the button focusable at either end of the deck.
      previous.setAttribute('aria-disabled', String(index === 0));
      next.setAttribute('aria-disabled', String(index === cards.length - 1));
    };
    const rated = nav.querySelector<HTMLElement>('[data-rated]')!;
    const step = (delta: number) => {
      rated.textContent = '';
      show(stepIndex(index, delta, cards.length));
    };
    previous.addEventListener('click', () => step(-1));
    next.addEventListener('click', () => step(1));
    this.addEventListener(RATED_EVENT, (event) => {
      if (index === cards.length - 1) return;
      // The rated card is about to be hidden, and its own status with it: say the rating in
      // the deck's live region, together with the new position.
      step(1);
      const said = (event.target as HTMLElement).querySelector('.mn-card__status')?.textContent ?? '';
      rated.textContent = said ? `${said} ` : '';
      cards[index]!.querySelector('summary')!.focus();
    });
    const followHash = () => {
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      const n = target ? cards.findIndex((card) => card === target || card.contains(target)) : -1;
      if (n < 0) return;
      show(n);
      cards[n]!.scrollIntoView();
    };
    window.addEventListener('hashchange', followHash);
    show(0);
    nav.hidden = false;
    followHash();
  }
}

customElements.define('mnemo-deck', MnemoDeck);
