/** mdbook-quiz MultipleChoice questions as choice questions. */
import type { ChoiceCheck } from '../model.ts';
import { commonFields, type QuizContext } from './context.ts';
import { text, texts, type QuizQuestion } from './quiz.ts';

/**
 * MultipleChoice: `answer.answer` (a string, or a list: then the learner selects all) and
 * `prompt.distractors`. The order follows mdbook-quiz: with `prompt.answerIndex` the answers sit
 * at that place among the distractors and nothing is shuffled; with `prompt.sortAnswers` all
 * options are sorted and nothing is shuffled; otherwise they are shuffled.
 */
export function multipleChoice(question: QuizQuestion, ctx: QuizContext): ChoiceCheck | string {
  const list = texts(question.answer.answer);
  const single = text(question.answer.answer);
  const answers = list ?? (single === undefined ? undefined : [single]);
  const distractors = texts(question.prompt.distractors) ?? [];
  if (!answers) return '`answer.answer` is neither a text nor a list of texts';
  const right = new Set(answers);
  let order: string[];
  let shuffle = true;
  const index = question.prompt.answerIndex;
  if (typeof index === 'number') {
    order = [...distractors];
    order.splice(index, 0, ...answers);
    shuffle = false;
  } else {
    order = [...answers, ...distractors];
    if (question.prompt.sortAnswers === true) {
      order.sort();
      shuffle = false;
    }
  }
  return {
    kind: 'choice',
    ...commonFields(question, ctx, ctx.mdx(text(question.prompt.prompt) ?? '')),
    choices: order.map((option) => ({ mdx: ctx.mdx(option), correct: right.has(option) })),
    multiple: list !== undefined,
    shuffle,
  };
}
