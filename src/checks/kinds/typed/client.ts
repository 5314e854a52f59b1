/**
 * The browser part of a typed question: one text field, graded as text or as a number
 * within a tolerance (`gradeTyped`). Enter in the field checks the answer. An answer wrong
 * only in its capitals, where capitals count, is told so.
 */
import lang from 'virtual:mnemo/lang';
import learner from 'virtual:mnemo/ui/learner';
import type { AnswerPart, PartContext } from '../../client/answer-part';
import { revealedTyped } from '../../client/announce';
import { emptyMessage } from '../../client/view-state';
import { gradeText } from '../../core/grade';
import { parseNumber } from '../../core/normalise';
import { text } from '../../../i18n/format';
import { gradeTyped, type NumberClient, type TextClient } from './grade';

/** Enables the field of the question and returns its answer part. */
export function createPart({ root, spec, ui, submit }: PartContext<TextClient | NumberClient>): AnswerPart {
  const box = root.querySelector<HTMLElement>('.mn-answer')!;
  const input = box.querySelector('input')!;
  const mark = box.querySelector<HTMLElement>('.mn-answer__mark')!;
  input.disabled = false;
  // Right but for its capitals: worth a word, since the learner may not know they count.
  const capitalsOnly = () => spec.kind === 'text' && spec.caseSensitive && gradeText(input.value, spec.accept, false);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !input.readOnly) {
      event.preventDefault();
      submit();
    }
  });

  return {
    missing() {
      if (input.value.trim() === '') return emptyMessage(spec.kind, ui);
      if (spec.kind === 'number' && parseNumber(input.value) === null) return text(ui.notANumber);
      return '';
    },
    grade: () => gradeTyped(spec, input.value),
    show(state) {
      // Read-only, not disabled, so the answer stays focusable and readable while marked.
      input.readOnly = state !== 'unanswered';
      const marked = state === 'right' || state === 'wrong';
      mark.hidden = !marked;
      mark.textContent = state === 'right' ? text(ui.markRight) : !marked ? '' : capitalsOnly() ? text(learner.markCapitals) : text(ui.markWrong);
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
    said(state) {
      if (state === 'wrong') return capitalsOnly() ? text(learner.wrongCapitals) : undefined;
      // The key as the outcome shows it (`88 ± 0.5`), moved there by the question.
      const key = root.querySelector('.mn-key--typed strong')?.textContent;
      return key ? revealedTyped(key, learner, lang) : undefined;
    },
  };
}
