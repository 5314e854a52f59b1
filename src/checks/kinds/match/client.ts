/**
 * The browser part of a matching question: one native select per prompt, its options
 * shuffled again on each visit; graded per prompt (`gradeMatch`), each prompt then marked.
 */
import kinds from 'virtual:mnemo/ui/kinds';
import lang from 'virtual:mnemo/lang';
import { text } from '../../../i18n/format';
import { plural } from '../../../i18n/plural';
import type { AnswerPart, PartContext } from '../../client/answer-part';
import { shuffleOutOfOrder } from '../../core/shuffle';
import { gradeMatch, type MatchClient } from './grade';

/** Shuffles the answers of every prompt and returns the question's answer part. */
export function createPart({ root, spec, ui, random }: PartContext<MatchClient>): AnswerPart {
  const rows = [...root.querySelectorAll<HTMLElement>('.mn-pair')];
  const selects = rows.map((row) => row.querySelector('select')!);
  const values = [...selects[0]!.options].slice(1).map((option) => option.value);
  const order = shuffleOutOfOrder(values.sort((a, b) => Number(a) - Number(b)), random);
  for (const select of selects) {
    // One order for every prompt, so a learner who has read the list once can find an answer.
    const byValue = new Map([...select.options].map((option) => [option.value, option]));
    select.append(...order.map((value) => byValue.get(value)!));
  }
  const chosen = () => selects.map((select) => (select.value === '' ? -1 : Number(select.value)));

  return {
    missing: () => (chosen().some((answer) => answer >= 0) ? '' : text(kinds.emptyMatch)),
    grade: () => gradeMatch(spec, chosen()),
    show(state) {
      const marked = state === 'wrong' || state === 'right';
      const parts = marked ? gradeMatch(spec, chosen()).parts! : [];
      rows.forEach((row, n) => {
        const select = selects[n]!;
        const mark = row.querySelector<HTMLElement>('.mn-pair__mark')!;
        select.disabled = state !== 'unanswered';
        mark.hidden = !marked;
        mark.textContent = marked ? text(parts[n] ? ui.markRight : ui.markWrong) : '';
        if (marked) {
          row.dataset.mark = parts[n] ? 'right' : 'wrong';
          select.setAttribute('aria-describedby', mark.id);
        } else {
          delete row.dataset.mark;
          select.removeAttribute('aria-describedby');
        }
      });
    },
    clear() {
      for (const select of selects) select.value = '';
    },
    focus() {
      selects[0]?.focus();
    },
    wrongMessage(grade) {
      const parts = grade.parts ?? [];
      return plural(lang, kinds.saidWrongMatch, parts.filter((right) => !right).length, { total: parts.length });
    },
  };
}
