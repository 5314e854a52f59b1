/**
 * The answers `npm run verify` types into a typed question, and the verdict each must get,
 * derived from what the author wrote and the authoring contract alone, never from the page:
 * text is compared after normalising (`core/normalise.ts`), case-insensitively unless
 * `caseSensitive`; a number is right within `tolerance`.
 */
// Explicit extensions: `npm run verify` runs this file under Node as it is.
import { normaliseText } from '../../core/normalise.ts';
import type { Blank } from '../../schema';
import type { Attempt } from '../types';
import { typedKey } from './key.ts';

/**
 * The attempts for a typed question (or one blank): for text, a wrong answer, every accepted answer, and
 * the first one as a learner might type it (other case, extra spaces); for a number, values
 * just outside its tolerance (wrong), the number itself and both edges of the tolerance.
 * @example typedAttempts({ kind: 'number', number: 88, tolerance: 0.5, ... }).map((a) => a.response)
 * // ['88.5088', '88', '87.5', '88.5', '87.4912']
 */
export function typedAttempts(spec: Blank): Attempt<string>[] {
  return spec.kind === 'number' ? numberAttempts(spec.number, spec.tolerance) : textAttempts(spec.accept, spec.caseSensitive);
}

function textAttempts(accept: readonly string[], caseSensitive: boolean): Attempt<string>[] {
  const accepted = new Set(accept.map((answer) => normaliseText(answer, caseSensitive)));
  const isAccepted = (input: string) => accepted.has(normaliseText(input, caseSensitive));
  const first = accept[0] ?? '';
  // Contains an accepted answer, so a page that matched substrings would wrongly accept it.
  let wrong = `definitely not ${first}`;
  while (isAccepted(wrong)) wrong += '!';
  const attempts: Attempt<string>[] = [{ response: wrong, right: false, why: `the wrong answer “${wrong}”` }];
  for (const answer of accept) attempts.push({ response: answer, right: true, why: `the accepted answer “${answer}”` });
  const spaced = `  ${first.replace(/ /g, '   ')}  `;
  if (!caseSensitive) {
    // Only where capitals round-trip (not `ß`, whose capitals are `SS`).
    const upper = isAccepted(spaced.toUpperCase());
    attempts.push({ response: upper ? spaced.toUpperCase() : spaced, right: true, why: `“${first}”${upper ? ' in capitals' : ''} with extra spaces` });
  } else {
    const swapped = swapCase(first);
    attempts.push({ response: spaced, right: true, why: `“${first}” with extra spaces` });
    if (!isAccepted(swapped)) attempts.push({ response: swapped, right: false, why: `“${first}” in the wrong case (“${swapped}”, the answer is case-sensitive)` });
  }
  return attempts;
}

function numberAttempts(number: number, tolerance: number): Attempt<string>[] {
  // Just outside: far beyond floating-point error, well within what a wrong tolerance would let through.
  const delta = Math.max(tolerance * 0.01, Math.abs(number) * 1e-4, 1e-6);
  const range = tolerance > 0 ? `${number} ± ${tolerance}` : String(number);
  const attempts: Attempt<string>[] = [
    { response: String(number + tolerance + delta), right: false, why: `${number + tolerance + delta}, just above ${range}` },
    { response: String(number), right: true, why: `the answer ${number}` },
  ];
  if (tolerance > 0) {
    attempts.push(
      { response: String(number - tolerance), right: true, why: `${number - tolerance}, the lower edge of ${number} ± ${tolerance}` },
      { response: String(number + tolerance), right: true, why: `${number + tolerance}, the upper edge of ${number} ± ${tolerance}` },
      { response: String(number - tolerance - delta), right: false, why: `${number - tolerance - delta}, just below ${range}` },
    );
  }
  return attempts;
}

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

/** The expected answer as text, for an answer key: `typedKey`. */
export const typedKeyText = typedKey;
