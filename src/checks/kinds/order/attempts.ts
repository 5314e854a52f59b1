/**
 * The arrangements `npm run verify` gives an ordering question, from what the author wrote
 * alone: two wrong orders, then the right one. A response lists, for each position, the
 * authored index of the step put there.
 */
import type { SpecOf } from '../../schema';
import type { Attempt } from '../types';

type OrderSpec = SpecOf<'order'>;

const attempt = (response: number[], why: string): Attempt<number[]> => {
  const parts = response.map((step, position) => step === position);
  return { response, right: parts.every(Boolean), why, parts };
};

/**
 * The first two steps swapped (every other step in place), the steps in reverse (when that
 * differs), then the right order.
 * @example orderAttempts(spec).map((a) => a.response) // [[1, 0, 2], [2, 1, 0], [0, 1, 2]]
 */
export function orderAttempts(spec: OrderSpec): Attempt<number[]>[] {
  const inOrder = spec.steps.map((_, n) => n);
  const swapped = [1, 0, ...inOrder.slice(2)];
  const reversed = [...inOrder].reverse();
  const attempts = [attempt(swapped, 'the first two steps swapped')];
  if (reversed.join() !== swapped.join()) attempts.push(attempt(reversed, 'the steps in reverse order'));
  attempts.push(attempt(inOrder, 'the steps in the right order'));
  return attempts;
}

/**
 * The steps in order as text, for an answer key.
 * @example orderKeyText(spec) // '1. Expand the schema. 2. Migrate the data. 3. Contract.'
 */
export function orderKeyText(spec: OrderSpec): string {
  return spec.steps.map((step, n) => `${n + 1}. ${step}`).join(' ');
}
