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

/** Stands for a self-check's id while its shape's ids are found (a character no id holds). */
const PLACEHOLDER = '\u0000';

/**
 * A text that names the shape of `value`: every text written as a token of its first
 * appearance (`t0`, `t1`, ...), so that texts that were equal stay equal and an empty one stays
 * empty, as a renderer's tests of them see it; `kind`, the one field of the schema that names a
 * choice rather than holding text, written as it is. Two specs with the same key differ only in
 * their texts. A field that holds `undefined` is written, so such a spec may count as a shape of
 * its own: rendered once more, never given another's ids.
 */
function shapeKey(value: unknown, tokens: Map<string, string>, key?: string): string {
  if (typeof value === 'string') {
    if (key === 'kind' || value === '') return JSON.stringify(value);
    let token = tokens.get(value);
    if (token === undefined) tokens.set(value, (token = `t${tokens.size}`));
    return token;
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (const item of value) text += `${shapeKey(item, tokens)},`;
    return `${text}]`;
  }
  if (value && typeof value === 'object') {
    let text = '{';
    for (const name in value) text += `${name}:${shapeKey((value as Record<string, unknown>)[name], tokens, name)},`;
    return `${text}}`;
  }
  return String(value);
}

/**
 * `checkAnchors` for many specs with one context: the ids of a page come from a self-check's
 * id and its shape (its kind, how many choices, hints, steps or blanks, which parts it has),
 * never from its texts, so each shape is rendered once and its ids are those of the shape
 * with the spec's id put in. A guide of 1,000 lessons has some 6,000 self-checks and a few
 * dozen shapes (issue 19). `tests/unit/checks/anchors.test.ts` holds the two to the same ids.
 */
export function shapedCheckAnchors(ctx: RenderContext): (spec: CheckSpec) => string[] {
  const byShape = new Map<string, string[]>();
  return (spec) => {
    const key = shapeKey(spec, new Map());
    let ids = byShape.get(key);
    // The first spec of a shape is rendered, its id as the placeholder: its texts give no id.
    if (!ids) byShape.set(key, (ids = checkAnchors({ ...spec, id: PLACEHOLDER }, ctx)));
    return ids.map((id) => id.replaceAll(PLACEHOLDER, spec.id));
  };
}
