/**
 * What `npm run verify` types into a fill-in-the-blank question, from what the author wrote
 * alone: every attempt a typed answer gets (`typedAttempts`), for each blank in turn, with
 * every other blank filled in right, so each blank is proven on its own. A response is the
 * text of each blank.
 */
import type { SpecOf } from '../../schema';
import { typedAttempts } from '../typed/attempts.ts';
import { typedKey } from '../typed/key.ts';
import type { Attempt } from '../types';

type BlanksSpec = SpecOf<'blanks'>;

/**
 * For each blank, each of its attempts (wrong answers first), the others right.
 * @example blanksAttempts(spec)[0] // { response: ['definitely not digest', 'tag'], right: false, why: 'blank 1: ...', parts: [false, true] }
 */
export function blanksAttempts(spec: BlanksSpec): Attempt<string[]>[] {
  const right = spec.blanks.map((blank) => (blank.kind === 'text' ? blank.accept[0]! : String(blank.number)));
  const attempts = spec.blanks.flatMap((blank, n) =>
    typedAttempts(blank).map((attempt) => ({
      response: right.map((answer, k) => (k === n ? attempt.response : answer)),
      right: attempt.right,
      why: spec.blanks.length > 1 ? `blank ${n + 1}: ${attempt.why}` : attempt.why,
      parts: right.map((_, k) => k !== n || attempt.right),
    })),
  );
  return [...attempts.filter((a) => !a.right), ...attempts.filter((a) => a.right)];
}

/**
 * Each blank's expected answer, for an answer key.
 * @example blanksKeyText(spec) // 'digest; tag'
 */
export function blanksKeyText(spec: BlanksSpec): string {
  return spec.blanks.map(typedKey).join('; ');
}
