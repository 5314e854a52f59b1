/**
 * The ids a self-check carries on its page (its own, its stem's, its feedback's...), known
 * before any page renders, so that links to them are checked and headings cannot take them.
 * Read from the self-check's own rendering, so they never drift from what pages render.
 */
import type { CheckSpec } from '../schema';
import { renderFlashcard } from './flashcard';
import { renderQuestion } from './question';
import type { RenderContext } from './types';

const ID = /\sid="([^"]+)"/g;

/**
 * Every id in the HTML of `spec` rendered with empty parts.
 * @example checkAnchors(choiceSpec, ctx) // ['drift', 'drift-kind', 'drift-stem', 'drift-feedback-0', ...]
 */
export function checkAnchors(spec: CheckSpec, ctx: RenderContext): string[] {
  const html =
    spec.kind === 'flashcard'
      ? renderFlashcard(spec, { front: '', back: '' }, ctx)
      : renderQuestion(
          spec,
          {
            stem: '',
            hints: spec.hints.map(() => ''),
            ...('choices' in spec ? { choices: spec.choices.map(() => ''), feedback: spec.choices.map(() => '') } : {}),
            ...(spec.explanation === undefined ? {} : { explanation: '' }),
          },
          ctx,
        );
  return [...html.matchAll(ID)].map((match) => match[1]!);
}
