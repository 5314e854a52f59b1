/**
 * The answers `npm run verify` gives a matching question, from what the author wrote alone:
 * for each pair, every prompt matched right but that one (so each pair is proven to be
 * graded), then every prompt matched right. A response is the answer text chosen for each
 * prompt, as its option reads.
 */
import type { SpecOf } from '../../schema';
import type { Attempt } from '../types';
import { matchAnswers } from './grade.ts';

type MatchSpec = SpecOf<'match'>;

/**
 * One attempt per pair with only that pair wrong, then all right.
 * @example matchAttempts(spec).at(-1) // { response: ['Restart it.', 'Stop traffic.'], right: true, ... }
 */
export function matchAttempts(spec: MatchSpec): Attempt<string[]>[] {
  const answers = matchAnswers(spec.pairs);
  const right = spec.pairs.map((pair) => pair.answer);
  const attempts: Attempt<string[]>[] = spec.pairs.map((pair, n) => {
    // The next distinct answer after its own: a wrong one always exists (the build says so).
    const wrong = answers[(answers.indexOf(pair.answer) + 1) % answers.length]!;
    const response = right.map((answer, k) => (k === n ? wrong : answer));
    return { response, right: false, why: `“${pair.prompt}” matched to “${wrong}” (a wrong answer)`, parts: right.map((_, k) => k !== n) };
  });
  attempts.push({ response: right, right: true, why: 'every item matched to its own answer', parts: right.map(() => true) });
  return attempts;
}

/**
 * Each prompt with its answer, for an answer key.
 * @example matchKeyText(spec) // 'Liveness: Restart the container. Readiness: Stop traffic.'
 */
export function matchKeyText(spec: MatchSpec): string {
  return spec.pairs.map((pair) => `${pair.prompt}: ${pair.answer}`).join(' ');
}
