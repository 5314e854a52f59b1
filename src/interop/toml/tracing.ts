/** mdbook-quiz Tracing questions as typed questions. */
import type { TypedCheck } from '../model.ts';
import { commonFields, type QuizContext } from './context.ts';
import { text, type QuizQuestion } from './quiz.ts';

/** What a learner types for a program that does not compile (the stem says so). */
export const DOES_NOT_COMPILE = ['does not compile', "doesn't compile", 'it does not compile', "it doesn't compile"];

/**
 * Tracing: "does this program compile, and if so what does it print?" as one typed question,
 * graded like mdbook-quiz grades it: right when the learner says it does not compile and it
 * does not, or gives its exact output when it does. mdbook-quiz does not grade the line of the
 * error, so `answer.lineNumber` goes to the explanation.
 */
export function tracing(question: QuizQuestion, ctx: QuizContext): TypedCheck | string {
  const program = text(question.prompt.program);
  const compiles = question.answer.doesCompile;
  if (program === undefined || typeof compiles !== 'boolean') return '`prompt.program` or `answer.doesCompile` is missing';
  const stem = [
    ctx.mdx('Does this program compile? If it does, type exactly what it prints, with its lines separated by spaces (or `nothing` if it prints nothing). If it does not, type `does not compile`.'),
    ctx.mdx(`\`\`\`rust\n${program.trimEnd()}\n\`\`\``),
  ].join('\n\n');
  const stdout = text(question.answer.stdout)?.trim() ?? '';
  const line = question.answer.lineNumber;
  const verdict = compiles
    ? stdout === ''
      ? 'This program compiles and prints nothing.'
      : `This program compiles and prints:\n\n\`\`\`text\n${stdout}\n\`\`\``
    : `This program does not compile${typeof line === 'number' ? `: the error is on line ${line}` : ''}.`;
  const checked = commonFields(question, ctx, stem);
  const explanation = [ctx.mdx(verdict), checked.explanation].filter(Boolean).join('\n\n');
  const answer = !compiles ? { accept: DOES_NOT_COMPILE } : stdout === '' ? { accept: ['nothing'] } : { accept: [stdout], caseSensitive: true };
  return { kind: 'typed', ...checked, explanation, answer };
}
