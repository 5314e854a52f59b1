/**
 * The `<Answer>` of a typed question: a list of accepted texts, or a number with an
 * optional tolerance.
 */
import { readAttribute, readBoolean, readNumber, readStringList } from './attribute-values';
import { getAttribute, type JsxElement } from './mdx';
import type { CheckContext } from './report';

/** What an `<Answer>` expects, as read from its attributes. */
export interface AnswerModel {
  node: JsxElement;
  kind: 'text' | 'number';
  // Undefined when the attribute is missing or invalid (already reported).
  accept?: string[] | undefined;
  caseSensitive?: boolean;
  number?: number | undefined;
  tolerance?: number;
  /** Human-readable answer for the no-JS key, e.g. `blue-green` or `13 ± 0.5`. */
  key: string;
}

/** Reads an `<Answer>`, reporting every invalid value and combination of attributes. */
export function analyzeAnswer(node: JsxElement, ctx: CheckContext): AnswerModel {
  const has = (name: string) => getAttribute(node, name) !== undefined;
  const accept = readAttribute(node, 'accept', readStringList, ctx);
  const caseSensitive = readAttribute(node, 'caseSensitive', readBoolean, ctx);
  const number = readAttribute(node, 'number', readNumber, ctx);
  const tolerance = readAttribute(node, 'tolerance', readNumber, ctx);

  if (has('accept') && has('number')) {
    ctx.report(
      [node],
      'This `<Answer>` has both `accept` and `number`; it needs exactly one.',
      'Keep `accept={[...]}` for a text answer, or `number={...}` for a numeric one.',
    );
  } else if (!has('accept') && !has('number')) {
    ctx.report(
      [node],
      'This `<Answer>` has neither `accept` nor `number`.',
      'Write `accept={["..."]}` for a text answer, or `number={42}` for a numeric one.',
    );
  }
  if (tolerance !== undefined && tolerance < 0) {
    ctx.report(
      [getAttribute(node, 'tolerance'), node],
      `\`tolerance\` on \`<Answer>\` must be 0 or more, but it is ${tolerance}.`,
      `Write how far from \`number\` an answer may be, e.g. \`tolerance={${-tolerance}}\`.`,
    );
  }
  if (has('tolerance') && !has('number')) {
    ctx.report(
      [getAttribute(node, 'tolerance'), node],
      '`tolerance` only applies to a numeric answer, but this `<Answer>` has no `number`.',
      'Remove `tolerance`, or give the answer as `number={...}`.',
    );
  }
  if (has('caseSensitive') && !has('accept')) {
    ctx.report(
      [getAttribute(node, 'caseSensitive'), node],
      '`caseSensitive` only applies to a text answer, but this `<Answer>` has no `accept`.',
      'Remove `caseSensitive`.',
    );
  }

  if (has('number') && !has('accept')) {
    const within = tolerance !== undefined && tolerance > 0 ? ` ± ${tolerance}` : '';
    return { node, kind: 'number', number, tolerance: tolerance ?? 0, key: number === undefined ? '' : `${number}${within}` };
  }
  return { node, kind: 'text', accept, caseSensitive: caseSensitive ?? false, key: accept?.[0] ?? '' };
}
