/**
 * The answer area and no-JavaScript key of a choice question: one native group of radio
 * buttons (one answer) or checkboxes (select all that apply). Browser-safe.
 */
import { text } from '../../../i18n/format';
import { choiceIndexAttributes } from '../../../lib/search/index-text';
import { element, escapeHtml, open } from '../../render/html';
import type { QuestionParts, RenderContext } from '../../render/types';
import type { SpecOf } from '../../schema';
import type { ChoiceClient } from './grade';

type ChoiceSpec = SpecOf<'single' | 'multiple'>;

/** What the browser gets of a choice question (its `data-spec`). */
export function choiceClient(spec: ChoiceSpec, ctx: RenderContext): ChoiceClient {
  const correct = spec.choices.flatMap((choice, n) => (choice.correct ? [n] : []));
  return { kind: spec.kind, correct, shuffle: spec.shuffle ?? ctx.shuffle };
}

/** A choice's feedback as HTML: its rendered Markdown, else its text. */
function feedbackHtml(text: string, parts: QuestionParts, n: number): string {
  return parts.feedback?.[n] || escapeHtml(text);
}

/** The kind line above the stem. */
export function choiceLabel(spec: ChoiceSpec, ctx: RenderContext): string {
  return text(spec.kind === 'multiple' ? ctx.ui.question.kindMultiple : ctx.ui.question.kindSingle);
}

/**
 * The choices. Inputs start disabled: without JavaScript there is nothing to check, and the
 * answer key below the question tells the answer instead. Search drops `<label>`s, so each
 * choice hands its text to the index through an attribute (docs/search-notes.md).
 */
export function renderChoices(spec: ChoiceSpec, parts: QuestionParts): string {
  const type = spec.kind === 'multiple' ? 'checkbox' : 'radio';
  const items = spec.choices.map((choice, n) => {
    const html = parts.choices?.[n] ?? escapeHtml(choice.text);
    const input = open('input', { class: 'mn-choice__input', type, name: spec.id, value: n, disabled: true });
    const label = element('label', { class: 'mn-choice__label' }, input + element('span', { class: 'mn-choice__text' }, html));
    const said = choice.feedback ? element('span', {}, ` ${feedbackHtml(choice.feedback, parts, n)}`) : '';
    const feedback = element(
      'p',
      { class: 'mn-choice__feedback', id: `${spec.id}-feedback-${n}`, hidden: true, 'data-pagefind-ignore': true },
      element('strong', { class: 'mn-choice__verdict' }) + said,
    );
    return element('div', { class: 'mn-choice', 'data-index': n, 'data-correct': String(choice.correct), ...choiceIndexAttributes(html) }, label + feedback);
  });
  const group = { class: 'mn-choices', role: 'group', 'aria-labelledby': `${spec.id}-stem`, 'aria-describedby': `${spec.id}-kind`, 'data-count': spec.choices.length };
  return element('div', group, items.join(''));
}

/** The answer key for readers without JavaScript: every choice, right or wrong, with its feedback. */
export function choiceKey(spec: ChoiceSpec, parts: QuestionParts, ctx: RenderContext): string {
  const ui = ctx.ui.question;
  const lines = spec.choices.map((choice, n) => {
    const verdict = element('strong', { class: 'mn-key__verdict' }, escapeHtml(text(choice.correct ? ui.keyCorrect : ui.keyIncorrect)));
    const feedback = choice.feedback ? element('span', { class: 'mn-key__feedback' }, ` ${feedbackHtml(choice.feedback, parts, n)}`) : '';
    return element('li', { class: 'mn-key__choice', 'data-correct': String(choice.correct) }, verdict + (parts.choices?.[n] ?? escapeHtml(choice.text)) + feedback);
  });
  return element('ul', { class: 'mn-key', 'aria-label': text(ui.answerKey) }, lines.join(''));
}
