/**
 * The answer part of a typed question: one text field, graded as text (`gradeText`) or as
 * a number within a tolerance (`gradeNumber`). Enter in the field checks the answer.
 */
import { gradeNumber, gradeText } from '../../lib/checks/grade';
import { parseNumber } from '../../lib/checks/normalise';
import type { AnswerPart } from './answer-part';
import { emptyMessage, type QuestionKind } from './view-state';

/** Enables the field of `root` and returns its answer part; `submit` runs on Enter. */
export function typedPart(root: HTMLElement, kind: QuestionKind, submit: () => void): AnswerPart {
  const box = root.querySelector<HTMLElement>('.mn-answer')!;
  const input = box.querySelector('input')!;
  const mark = box.querySelector<HTMLElement>('.mn-answer__mark')!;
  const data = box.dataset;
  input.disabled = false;
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !input.readOnly) {
      event.preventDefault();
      submit();
    }
  });

  return {
    missing() {
      if (input.value.trim() === '') return emptyMessage(kind);
      if (kind === 'number' && parseNumber(input.value) === null) return 'That is not a number. Type digits, for example 12.5.';
      return '';
    },
    grade: () =>
      kind === 'number'
        ? gradeNumber(input.value, Number(data.number), Number(data.tolerance ?? 0))
        : gradeText(input.value, JSON.parse(data.accept ?? '[]') as string[], data.caseSensitive === 'true'),
    show(state) {
      // Read-only, not disabled, so the answer stays focusable and readable while marked.
      input.readOnly = state !== 'unanswered';
      const marked = state === 'right' || state === 'wrong';
      mark.hidden = !marked;
      mark.textContent = state === 'right' ? 'Correct.' : marked ? 'Not right.' : '';
      if (marked) box.dataset.mark = state === 'right' ? 'right' : 'wrong';
      else delete box.dataset.mark;
      if (state === 'wrong') input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
    clear() {
      input.value = '';
    },
    focus() {
      input.focus();
      input.select();
    },
  };
}
