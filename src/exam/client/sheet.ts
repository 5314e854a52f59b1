/**
 * The exam being taken: a bar (time left, how many answered, the layout switch), the question
 * navigator, the questions one at a time or all on one page, and Submit. Keeps the view in
 * step with the answers and flags; saving and submitting are the caller's.
 */
import lang from 'virtual:mnemo/lang';
import examUi from 'virtual:mnemo/ui/exam';
import { formatNumber, text } from '../../i18n/format';
import type { Layout } from '../attempt';
import { navigatorLabel } from '../labels';
import { h } from './dom';
import type { ExamQuestion } from './exam-question';

/** What the sheet tells its owner. */
export interface SheetHooks {
  onLayout(layout: Layout): void;
  onFlag(id: string, flagged: boolean): void;
  onSubmit(): void;
}

/** The view of an attempt being taken. */
export interface Sheet {
  /** The bar at the top, where the timer goes. */
  bar: HTMLElement;
  /** Updates the navigator and the answered count after answers or flags change. */
  refresh(): void;
  /** Shows question `index` (from 0) and, with `focus`, moves focus to its heading. */
  go(index: number, focus?: boolean): void;
  setLayout(layout: Layout): void;
}

const ARIA_DISABLED = 'aria-disabled';

/**
 * Builds the sheet into `paper` for `questions`, with `flags` (ids) and a starting layout.
 * @example const sheet = createSheet(paper, questions, new Set(attempt.flags), attempt.layout, hooks)
 */
export function createSheet(paper: HTMLElement, questions: ExamQuestion[], flags: Set<string>, layout: Layout, hooks: SheetHooks): Sheet {
  let current = 0;
  const total = questions.length;
  const count = h('p', { class: 'mn-exam__count' });
  const switcher = h('button', { type: 'button', class: 'mn-button mn-exam__switch' });
  const bar = h('div', { class: 'mn-exam__bar' }, count, switcher);
  const buttons = questions.map((q, n) => h('button', { type: 'button', class: 'mn-exam__nav-item', 'data-n': n }, formatNumber(n + 1, lang)));
  const nav = h('nav', { class: 'mn-exam__nav', 'aria-label': text(examUi.navigator) }, h('ol', {}, ...buttons.map((b) => h('li', {}, b))));
  const previous = h('button', { type: 'button', class: 'mn-button' }, text(examUi.previous));
  const next = h('button', { type: 'button', class: 'mn-button' }, text(examUi.next));
  const steps = h('div', { class: 'mn-exam__steps' }, previous, next);
  const submit = h('button', { type: 'button', class: 'mn-button mn-button--primary mn-exam__submit' }, text(examUi.submit));
  const list = h('div', { class: 'mn-exam__questions' }, ...questions.map((q) => q.box));
  paper.replaceChildren(bar, nav, list, steps, h('div', { class: 'mn-exam__end' }, submit));

  const refresh = () => {
    let answered = 0;
    questions.forEach((q, n) => {
      const isAnswered = q.answered();
      const isFlagged = flags.has(q.id);
      if (isAnswered) answered++;
      const button = buttons[n]!;
      button.setAttribute('aria-label', navigatorLabel(n + 1, isAnswered, isFlagged, examUi, lang));
      button.toggleAttribute('data-answered', isAnswered);
      button.toggleAttribute('data-flagged', isFlagged);
      q.flag.setAttribute('aria-pressed', String(isFlagged));
    });
    count.textContent = text(examUi.answered, { answered, total }, lang);
  };

  const show = () => {
    const one = layout === 'one';
    questions.forEach((q, n) => (q.box.hidden = one && n !== current));
    buttons.forEach((b, n) => (one && n === current ? b.setAttribute('aria-current', 'step') : b.removeAttribute('aria-current')));
    steps.hidden = !one;
    previous.setAttribute(ARIA_DISABLED, String(current === 0));
    next.setAttribute(ARIA_DISABLED, String(current === total - 1));
    switcher.textContent = text(one ? examUi.showAll : examUi.showOne);
    paper.dataset.layout = layout;
  };

  const go = (index: number, focus = false) => {
    current = Math.min(Math.max(index, 0), total - 1);
    show();
    if (focus) questions[current]!.heading.focus();
  };

  nav.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-n]');
    if (button) go(Number(button.dataset.n), true);
  });
  previous.addEventListener('click', () => current > 0 && go(current - 1, true));
  next.addEventListener('click', () => current < total - 1 && go(current + 1, true));
  switcher.addEventListener('click', () => {
    layout = layout === 'one' ? 'all' : 'one';
    show();
    hooks.onLayout(layout);
  });
  for (const q of questions) {
    q.flag.addEventListener('click', () => {
      const flagged = !flags.has(q.id);
      if (flagged) flags.add(q.id);
      else flags.delete(q.id);
      refresh();
      hooks.onFlag(q.id, flagged);
    });
  }
  submit.addEventListener('click', () => hooks.onSubmit());
  refresh();
  show();
  return {
    bar,
    refresh,
    go,
    setLayout(to) {
      layout = to;
      show();
    },
  };
}
