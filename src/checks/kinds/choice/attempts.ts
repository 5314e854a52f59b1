/**
 * The answers `npm run verify` gives a choice question, derived from what the author wrote
 * alone (never from the page): a wrong pick when one exists, then the right set.
 */
import type { SpecOf } from '../../schema';
import type { Attempt } from '../types';

type ChoiceSpec = SpecOf<'single' | 'multiple'>;

/**
 * The choices to pick for a wrong answer, by index, or null when none can be wrong: the
 * first wrong choice (one with feedback preferred); with every choice correct, all but one.
 */
export function wrongPick(choices: ChoiceSpec['choices']): number[] | null {
  const wrong = choices.map((choice, n) => ({ choice, n })).filter(({ choice }) => !choice.correct);
  const pick = wrong.find(({ choice }) => choice.feedback) ?? wrong[0];
  if (pick) return [pick.n];
  const all = choices.map((_, n) => n);
  return all.length > 1 ? all.slice(1) : null;
}

/** A wrong pick (when one exists), then exactly the correct choices. Responses are choice indexes. */
export function choiceAttempts(spec: ChoiceSpec): Attempt<number[]>[] {
  const names = (indexes: number[]) => indexes.map((n) => `“${spec.choices[n]!.text}”`).join(' and ');
  const attempts: Attempt<number[]>[] = [];
  const wrong = wrongPick(spec.choices);
  if (wrong) attempts.push({ response: wrong, right: false, why: `picking ${names(wrong)} (a wrong answer)` });
  const right = spec.choices.flatMap((choice, n) => (choice.correct ? [n] : []));
  attempts.push({ response: right, right: true, why: `picking ${names(right)} (the right answer)` });
  return attempts;
}

/**
 * The right choices as text, for an answer key.
 * @example choiceKeyText(spec) // 'A small slice, such as 1–5%'
 */
export function choiceKeyText(spec: ChoiceSpec): string {
  return spec.choices.filter((c) => c.correct).map((c) => c.text).join('; ');
}
