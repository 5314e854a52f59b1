/**
 * Reading a typed question's `<Answer>`: a list of accepted texts, or a number with an
 * optional tolerance, with every invalid value and combination of attributes reported.
 */
import { readAttribute, readBoolean, readNumber, readStringList } from '../../build/attribute-values';
import { misspelt } from '../../build/attributes';
import { getAttribute, type JsxElement } from '../../build/mdx';
import type { CheckContext } from '../../build/report';
import type { AnswerOf, QuestionElement } from '../types';

/**
 * One expected answer, written as `<Answer>` or `<Blank>` (messages name the component): a
 * list of accepted texts, or a number with an optional tolerance. Every invalid value and
 * combination of attributes is reported; undefined when the answer cannot be read.
 */
export function readTypedAnswer(node: JsxElement, ctx: CheckContext): AnswerOf<'text' | 'number'> | undefined {
  const tag = `\`<${node.name}>\``;
  const has = (name: string) => getAttribute(node, name) !== undefined;
  const accept = readAttribute(node, 'accept', readStringList, ctx);
  const caseSensitive = readAttribute(node, 'caseSensitive', readBoolean, ctx);
  const number = readAttribute(node, 'number', readNumber, ctx);
  const tolerance = readAttribute(node, 'tolerance', readNumber, ctx);

  if (has('accept') && has('number')) {
    ctx.report(
      [node],
      `This ${tag} has both \`accept\` and \`number\`; it needs exactly one.`,
      'Keep `accept={[...]}` for a text answer, or `number={...}` for a numeric one.',
    );
  } else if (!has('accept') && !has('number')) {
    const typo = misspelt([node], 'Answer', 'accept') ?? misspelt([node], 'Answer', 'number');
    ctx.report(
      [node],
      typo ? `This ${tag} has neither \`accept\` nor \`number\`: \`${typo.name}\` is neither.` : `This ${tag} has neither \`accept\` nor \`number\`.`,
      typo ? 'Fix the attribute named just above.' : 'Write `accept={["..."]}` for a text answer, or `number={42}` for a numeric one.',
      typo,
    );
  }
  if (tolerance !== undefined && tolerance < 0) {
    ctx.report(
      [getAttribute(node, 'tolerance'), node],
      `\`tolerance\` on ${tag} must be 0 or more, but it is ${tolerance}.`,
      `Write how far from \`number\` an answer may be, e.g. \`tolerance={${-tolerance}}\`.`,
    );
  }
  if (has('tolerance') && !has('number')) {
    ctx.report(
      [getAttribute(node, 'tolerance'), node],
      `\`tolerance\` only applies to a numeric answer, but this ${tag} has no \`number\`.`,
      'Remove `tolerance`, or give the answer as `number={...}`.',
    );
  }
  if (has('caseSensitive') && !has('accept')) {
    ctx.report([getAttribute(node, 'caseSensitive'), node], `\`caseSensitive\` only applies to a text answer, but this ${tag} has no \`accept\`.`, 'Remove `caseSensitive`.');
  }
  if (has('number') && !has('accept')) return number === undefined ? undefined : { kind: 'number', number, tolerance: tolerance ?? 0 };
  return accept === undefined ? undefined : { kind: 'text', accept, caseSensitive: caseSensitive ?? false };
}

/** The one `<Answer>` of a typed question; a second one is reported where it is. */
export function readAnswers(parts: JsxElement[], { node: question }: QuestionElement, ctx: CheckContext): AnswerOf<'text' | 'number'> | undefined {
  if (parts.length > 1) {
    ctx.report(
      [parts[1], question],
      `This \`<Question>\` has ${parts.length} \`<Answer>\`s; it needs exactly one.`,
      'Put every accepted answer in one list: `<Answer accept={["first", "second"]} />`.',
    );
  }
  const [first, ...extra] = parts;
  const answer = readTypedAnswer(first!, ctx);
  for (const node of extra) readTypedAnswer(node, ctx);
  return answer;
}
