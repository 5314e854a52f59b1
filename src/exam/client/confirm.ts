/**
 * The confirmation before submitting: a native modal dialog (focus kept inside, Escape backs
 * out) that names the questions not yet answered and those flagged, so the learner can go
 * back to them.
 */
import examUi from 'virtual:mnemo/ui/exam';
import { text } from '../../i18n/format';
import { h } from './dom';

/** An open confirmation; `close` dismisses it as "keep answering" (time ran out meanwhile). */
export interface Confirmation {
  /** Resolves true when the learner chose Submit. */
  answer: Promise<boolean>;
  close(): void;
}

/**
 * Asks whether to submit, showing `lines` (from `confirmText`).
 * @example if (await confirmSubmit(paper, confirmText(unanswered, flagged, lang, ui)).answer) submit()
 */
export function confirmSubmit(host: HTMLElement, lines: string[]): Confirmation {
  const back = h('button', { class: 'mn-button', value: 'back', autofocus: true }, text(examUi.confirmBack));
  const submit = h('button', { class: 'mn-button mn-button--primary', value: 'submit' }, text(examUi.confirmSubmit));
  const dialog = h(
    'dialog',
    { class: 'mn-dialog', 'aria-labelledby': 'mn-exam-confirm-title', 'aria-describedby': 'mn-exam-confirm-text' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { class: 'mn-dialog__title', id: 'mn-exam-confirm-title' }, text(examUi.confirmTitle)),
      h('div', { id: 'mn-exam-confirm-text' }, ...lines.map((line) => h('p', {}, line)), h('p', {}, text(examUi.confirmFinal))),
      h('div', { class: 'mn-dialog__actions' }, back, submit),
    ),
  );
  host.append(dialog);
  const answer = new Promise<boolean>((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'submit');
      dialog.remove();
    });
  });
  dialog.showModal();
  return { answer, close: () => dialog.open && dialog.close('back') };
}
