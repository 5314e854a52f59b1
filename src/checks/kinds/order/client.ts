/**
 * The browser part of an ordering question: the steps, shuffled on each visit and never in
 * the right order, are moved with their "Move up" / "Move down" buttons, or with the arrow
 * keys while one of a step's buttons has focus; each move is announced. Graded by position
 * (`gradeOrder`).
 */
import kinds from 'virtual:mnemo/ui/kinds';
import lang from 'virtual:mnemo/lang';
import { format, text } from '../../../i18n/format';
import { plural } from '../../../i18n/plural';
import type { AnswerPart, PartContext } from '../../client/answer-part';
import { shuffleOutOfOrder } from '../../core/shuffle';
import { gradeOrder, type OrderClient } from './grade';

const KEYS: Record<string, -1 | 1> = { ArrowUp: -1, ArrowDown: 1 };

/** Shuffles the steps of the question, shows their buttons and returns the answer part. */
export function createPart({ root, say, random }: PartContext<OrderClient>): AnswerPart {
  const list = root.querySelector<HTMLElement>('.mn-steps')!;
  const indexOf = (item: HTMLElement) => Number(item.dataset.index);
  const inOrder = [...list.querySelectorAll<HTMLElement>('.mn-step')].sort((a, b) => indexOf(a) - indexOf(b));
  let items: HTMLElement[] = [];
  let locked = false;

  const place = (next: HTMLElement[]) => {
    const focused = document.activeElement;
    items = next;
    // Moving nodes takes focus from them; the learner keeps it on the button they used.
    list.append(...items);
    if (focused instanceof HTMLElement && list.contains(focused)) focused.focus();
    items.forEach((item, n) => {
      const [up, down] = item.querySelectorAll('button');
      // aria-disabled rather than disabled: the button keeps focus at either end.
      up!.setAttribute('aria-disabled', String(n === 0));
      down!.setAttribute('aria-disabled', String(n === items.length - 1));
    });
  };
  const move = (item: HTMLElement, delta: -1 | 1) => {
    const from = items.indexOf(item);
    const to = from + delta;
    if (locked || to < 0 || to >= items.length) return;
    const next = [...items];
    next.splice(from, 1);
    next.splice(to, 0, item);
    place(next);
    const step = item.querySelector('.mn-step__text')!.textContent!.trim();
    say(format(text(kinds.moved), { step, position: to + 1, total: items.length }, lang));
  };

  for (const item of inOrder) {
    for (const button of item.querySelectorAll<HTMLButtonElement>('[data-move]')) {
      button.addEventListener('click', () => move(item, Number(button.dataset.move) as -1 | 1));
    }
    item.addEventListener('keydown', (event) => {
      const delta = KEYS[event.key];
      if (!delta || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Keys are taken only while focus is on one of the step's own buttons.
      if (!(event.target instanceof HTMLButtonElement)) return;
      event.preventDefault();
      move(item, delta);
    });
    item.querySelector<HTMLElement>('.mn-step__moves')!.hidden = false;
  }
  place(shuffleOutOfOrder(inOrder, random));

  return {
    missing: () => '',
    grade: () => gradeOrder(items.map(indexOf)),
    show(state) {
      locked = state !== 'unanswered';
      const marked = state === 'wrong' || state === 'right';
      items.forEach((item, n) => {
        const mark = item.querySelector<HTMLElement>('.mn-step__mark')!;
        const right = indexOf(item) === n;
        item.querySelector<HTMLElement>('.mn-step__moves')!.hidden = locked;
        mark.hidden = !marked;
        mark.textContent = marked ? text(right ? kinds.stepRight : kinds.stepWrong) : '';
        if (marked) item.dataset.mark = right ? 'right' : 'wrong';
        else delete item.dataset.mark;
      });
    },
    clear() {
      place(shuffleOutOfOrder(inOrder, random));
    },
    focus() {
      items[0]?.querySelector<HTMLButtonElement>('[data-move="1"]')?.focus();
    },
    wrongMessage(grade) {
      const parts = grade.parts ?? [];
      return plural(lang, kinds.saidWrongOrder, parts.filter((right) => !right).length, { total: parts.length });
    },
  };
}
