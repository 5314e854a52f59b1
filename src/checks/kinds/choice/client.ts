/**
 * The browser part of a choice question: native radio buttons or checkboxes, shuffled when
 * asked, graded with `gradeChoice`, marked per the contract (see `choiceViews`), and said
 * as a sighted learner sees it (announce.ts).
 */
import lang from 'virtual:mnemo/lang';
import learner from 'virtual:mnemo/ui/learner';
import type { AnswerPart, PartContext } from '../../client/answer-part';
import { revealedChoices, wrongPicks } from '../../client/announce';
import { choiceViews, emptyMessage, verdict } from '../../client/view-state';
import { shuffle } from '../../core/shuffle';
import { gradeChoice, type ChoiceClient } from './grade';

/** Enables the choices of the question (shuffled first when asked) and returns their answer part. */
export function createPart({ root, spec, ui, random }: PartContext<ChoiceClient>): AnswerPart {
  const group = root.querySelector<HTMLElement>('.mn-choices')!;
  let items = [...group.querySelectorAll<HTMLElement>('.mn-choice')];
  if (spec.shuffle) {
    items = shuffle(items, random);
    // Reordering the DOM, not just the view, keeps Tab and arrow-key order matching the eye.
    group.append(...items);
  }
  const inputs = items.map((item) => item.querySelector('input')!);
  const indexOf = (item: HTMLElement) => Number(item.dataset.index);
  const correct = new Set(spec.correct);
  const picked = () => items.filter((_, n) => inputs[n]!.checked).map(indexOf);
  for (const input of inputs) input.disabled = false;

  return {
    missing: () => (picked().length ? '' : emptyMessage(spec.kind, ui)),
    grade: () => gradeChoice(spec, picked(), items.length),
    show(state) {
      const views = choiceViews(state, items.map((item, n) => ({ correct: correct.has(indexOf(item)), picked: inputs[n]!.checked })));
      items.forEach((item, n) => {
        const view = views[n]!;
        const input = inputs[n]!;
        const feedback = item.querySelector<HTMLElement>('.mn-choice__feedback')!;
        input.disabled = state !== 'unanswered';
        feedback.hidden = !view.mark;
        feedback.querySelector('.mn-choice__verdict')!.textContent = verdict(view, ui);
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
    said(state) {
      if (state === 'revealed') {
        const right = items.filter((item) => correct.has(indexOf(item)));
        return revealedChoices(right.map((item) => item.querySelector('.mn-choice__text')?.textContent ?? ''), learner, lang);
      }
      // One wrong pick of one is what the plain verdict already says.
      if (spec.kind !== 'multiple') return undefined;
      const chosen = picked();
      return wrongPicks(chosen.filter((n) => !correct.has(n)).length, chosen.length, learner, lang);
    },
  };
}
