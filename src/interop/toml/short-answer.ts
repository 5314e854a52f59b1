/** mdbook-quiz ShortAnswer questions as typed questions. */
import type { TypedCheck } from '../model.ts';
import { commonFields, type QuizContext } from './context.ts';
import { text, texts, type QuizQuestion } from './quiz.ts';

/**
 * ShortAnswer: `answer.answer` and `answer.alternatives` are accepted, compared without case and
 * surrounding spaces as mdbook-quiz does. A `long` or `code` response is typed in one field.
 */
export function shortAnswer(question: QuizQuestion, ctx: QuizContext): TypedCheck | string {
  const answer = text(question.answer.answer);
  if (answer === undefined) return '`answer.answer` is missing';
  const response = text(question.prompt.response);
  if (response === 'long' || response === 'code') {
    ctx.losses.push(`it asks for a ${response} answer; Mnemo offers one text field and compares with spaces collapsed`);
  }
  const accept = [answer, ...(texts(question.answer.alternatives) ?? [])].map((item) => item.trim()).filter(Boolean);
  return {
    kind: 'typed',
    ...commonFields(question, ctx, ctx.mdx(text(question.prompt.prompt) ?? '')),
    answer: { accept: [...new Set(accept)] },
  };
}
