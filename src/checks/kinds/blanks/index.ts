/** Fill-in-the-blank questions: `<Blank>`s in the question text, each compared like `<Answer>`. */
import { RENDERERS } from '../renderers';
import type { QuestionKindModule } from '../types';
import { blanksAttempts, blanksKeyText } from './attempts';
import { readBlanks } from './read';

/** The module of the `blanks` kind. */
export const blanks: QuestionKindModule<'blanks', string[]> = {
  component: 'Blank',
  read: readBlanks,
  render: RENDERERS.blanks,
  keyText: blanksKeyText,
  attempts: blanksAttempts,
};
