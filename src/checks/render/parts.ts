/**
 * How a question's parts are read from the named slots the lesson's rewrite gives it
 * (build/rewrite.ts): one rule for the compile, which reads them from the HTML tree
 * (build/prerender.ts), and for the component, which renders them as slots
 * (components/checks/Question.astro).
 */
import type { QuestionSpec } from '../schema';
import { unwrapParagraph } from './html';
import type { QuestionParts } from './types';

/**
 * The slots a question's parts are read from, in the order they are read.
 * @example questionSlots(spec) // ['stem', 'hint-0', 'choice-0', 'choice-1', 'feedback-0']
 */
export function questionSlots(spec: QuestionSpec): string[] {
  const slots = ['stem', ...spec.hints.map((_, n) => `hint-${n}`)];
  if (spec.kind === 'single' || spec.kind === 'multiple') {
    slots.push(...spec.choices.map((_, n) => `choice-${n}`));
    spec.choices.forEach((choice, n) => choice.feedback && slots.push(`feedback-${n}`));
  }
  if (spec.kind === 'order') slots.push(...spec.steps.map((_, n) => `step-${n}`));
  if (spec.explanation !== undefined) slots.push('explanation');
  return slots;
}

/**
 * A question's parts from the HTML of its slots (`html(slot)`, '' for an absent one). Choices,
 * feedback and steps are inline: the paragraph MDX wraps around them is taken off.
 */
export function questionParts(spec: QuestionSpec, html: (slot: string) => string): QuestionParts {
  const parts: QuestionParts = { stem: html('stem'), hints: spec.hints.map((_, n) => html(`hint-${n}`)) };
  if (spec.kind === 'single' || spec.kind === 'multiple') {
    parts.choices = spec.choices.map((_, n) => unwrapParagraph(html(`choice-${n}`)));
    parts.feedback = spec.choices.map((choice, n) => (choice.feedback ? unwrapParagraph(html(`feedback-${n}`)) : ''));
  }
  if (spec.kind === 'order') parts.steps = spec.steps.map((_, n) => unwrapParagraph(html(`step-${n}`)));
  if (spec.explanation !== undefined) parts.explanation = html('explanation');
  return parts;
}
