/**
 * The browser part of a fill-in-the-blank question: the inputs in its stem, each graded as
 * a typed answer (`gradeBlanks`) and then marked. Enter in a blank checks the answer.
 */
import kinds from 'virtual:mnemo/ui/kinds';
import lang from 'virtual:mnemo/lang';
import { format, text } from '../../../i18n/format';
import { plural } from '../../../i18n/plural';
import type { AnswerPart, PartContext } from '../../client/answer-part';
import { parseNumber } from '../../core/normalise';
import { gradeBlanks, type BlanksClient } from './grade';

/** Enables the blanks of the question and returns its answer part. */
export function createPart({ root, spec, ui, submit }: PartContext<BlanksClient>): AnswerPart {
  const boxes = [...root.querySelectorAll<HTMLElement>('.mn-blank')];
  const inputs = boxes.map((box) => box.querySelector('input')!);
  let marks: boolean[] = [];
  for (const input of inputs) {
    input.disabled = false;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !input.readOnly) {
        event.preventDefault();
        submit();
      }
    });
  }
  const values = () => inputs.map((input) => input.value);

  return {
    missing() {
      if (values().every((value) => value.trim() === '')) return text(kinds.emptyBlanks);
      const unreadable = inputs.find((input, n) => spec.blanks[n]!.kind === 'number' && input.value.trim() !== '' && parseNumber(input.value) === null);
      if (!unreadable) return '';
      return inputs.length > 1 ? format(text(kinds.blankNotANumber), { blank: unreadable.getAttribute('aria-label') ?? '' }) : text(ui.notANumber);
    },
    grade: () => gradeBlanks(spec, values()),
    show(state) {
      const marked = state === 'wrong' || state === 'right';
      // Kept after "Try again", so focus can go to the first blank that was wrong.
      if (marked) marks = gradeBlanks(spec, values()).parts!;
      boxes.forEach((box, n) => {
        const input = inputs[n]!;
        // Read-only, not disabled, so each answer stays focusable and readable while marked.
        input.readOnly = state !== 'unanswered';
        if (marked) box.dataset.mark = marks[n] ? 'right' : 'wrong';
        else delete box.dataset.mark;
        if (marked && !marks[n]) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      });
    },
    clear() {
      marks = [];
      for (const input of inputs) input.value = '';
    },
    focus() {
      // After a wrong check, straight to the first blank to fix.
      const input = inputs[marks.indexOf(false)] ?? inputs[0];
      input?.focus();
      input?.select();
    },
    wrongMessage(grade) {
      const parts = grade.parts ?? [];
      // One blank is marked already; counting it ("1 of 1") would say nothing more.
      if (parts.length < 2) return text(ui.saidWrong);
      return plural(lang, kinds.saidWrongBlanks, parts.filter((right) => !right).length, { total: parts.length });
    },
  };
}
