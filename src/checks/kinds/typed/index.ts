/** Typed questions: a text from a list of accepted answers, or a number within a tolerance. */
import { RENDERERS } from '../renderers';
import type { QuestionKindModule } from '../types';
import { typedAttempts, typedKeyText } from './attempts';
import { readAnswers } from './read';

/** The module of the `text` and `number` kinds. */
export const typed: QuestionKindModule<'text' | 'number', string> = {
  component: 'Answer',
  read: readAnswers,
  render: RENDERERS.text,
  keyText: typedKeyText,
  attempts: typedAttempts,
};
