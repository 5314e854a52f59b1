/** Ordering questions: `<Step>`s written in the right order, shown shuffled. */
import { RENDERERS } from '../renderers';
import type { QuestionKindModule } from '../types';
import { orderAttempts, orderKeyText } from './attempts';
import { readSteps } from './read';

/** The module of the `order` kind. */
export const order: QuestionKindModule<'order', number[]> = {
  component: 'Step',
  read: readSteps,
  render: RENDERERS.order,
  keyText: orderKeyText,
  attempts: orderAttempts,
};
