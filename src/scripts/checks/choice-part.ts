/**
 * The answer part of a choice question: native radio buttons or checkboxes, graded with
 * `gradeChoices`, marked per the contract (see `choiceViews`).
 */
import { gradeChoices } from '../../lib/checks/grade';
import { shuffle } from '../../lib/checks/shuffle';
import type { AnswerPart } from './answer-part';
import { choiceViews, emptyMessage, verdict, type QuestionKind } from './view-state';

/** Enables the choices of `root` (shuffled first when asked) and returns their answer part. */
export function choicePart(root: HTMLElement, kind: QuestionKind, shuffled: boolean): AnswerPart {
  const group = root.querySelector<HTMLElement>('.mn-choices')!;
  let items = [...group.querySelectorAll<HTMLElement>('.mn-choice')];
  if (shuffled) {
    items = shuffle(items);
    // Reordering the DOM, not just the view, keeps Tab and arrow-key order matching the eye.
    group.append(...items);
  }
  const inputs = items.map((item) => item.querySelector('input')!);
  const correctOf = (item: HTMLElement) => item.dataset.correct === 'true';
  const picked = () => items.filter((_, n) => inputs[n]!.checked).map((item) => Number(item.dataset.index));
  const correct = items.filter(correctOf).map((item) => Number(item.dataset.index));
  for (const input of inputs) input.disabled = false;

  return {
    missing: () => (picked().length ? '' : emptyMessage(kind)),
    grade: () => gradeChoices(picked(), correct),
    show(state) {
      const views = choiceViews(state, items.map((item, n) => ({ correct: correctOf(item), picked: inputs[n]!.checked })));
      items.forEach((item, n) => {
        const view = views[n]!;
        const input = inputs[n]!;
        const feedback = item.querySelector<HTMLElement>('.mn-choice__feedback')!;
        input.disabled = state !== 'unanswered';
        feedback.hidden = !view.mark;
        feedback.querySelector('.mn-choice__verdict')!.textContent = verdict(view);
        if (view.mark) {
          item.dataset.mark = view.mark;
          input.setAttribute('aria-describedby', feedback.id);
        } else {
          delete item.dataset.mark;
          // Described only once shown, or a screen reader would read the feedback early.
          input.removeAttribute('aria-describedby');
        }
      });
    },
    clear() {
      for (const input of inputs) input.checked = false;
    },
    focus() {
      (inputs.find((input) => input.checked) ?? inputs[0])?.focus();
    },
  };
}
