/** Choice questions: one correct choice (radio buttons) or several (checkboxes). */
import { RENDERERS } from '../renderers';
import type { QuestionKindModule } from '../types';
import { choiceAttempts, choiceKeyText } from './attempts';
import { readChoices } from './read';

/** The module of the `single` and `multiple` kinds. */
export const choice: QuestionKindModule<'single' | 'multiple', number[]> = {
  component: 'Choice',
  read: readChoices,
  render: RENDERERS.single,
  keyText: choiceKeyText,
  attempts: choiceAttempts,
};
