/**
 * What the sweep types into a typed question, and the verdict each must get, derived from
 * what the author wrote (the question manifest) and the authoring contract alone, never
 * from the page: text is compared trimmed, with spaces collapsed, case-insensitively unless
 * `caseSensitive`; a number is right within `tolerance`.
 */
import type { CheckEntry } from './types.ts';

/** One answer to type, and whether it must be graded right. */
export interface Attempt {
  input: string;
  right: boolean;
  /** What it is, for the report, e.g. `the accepted answer “blue-green”`. */
  why: string;
}

/** The contract's comparison form of a typed text (kept here so the sweep does not trust the code it checks). */
export function normalise(text: string, caseSensitive: boolean): string {
  const collapsed = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

/**
 * The attempts for a typed question: for text, a wrong answer, every accepted answer, and
 * the first one as a learner might type it (other case, extra spaces); for a number, values
 * just outside its tolerance (wrong), the number itself and both edges of the tolerance.
 * @example typedAttempts({ kind: 'number', number: 88, tolerance: 0.5, ... }).map((a) => a.input)
 * // ['88.5088', '88', '87.5', '88.5', '87.4912']
 */
export function typedAttempts(entry: Pick<CheckEntry, 'kind' | 'accept' | 'caseSensitive' | 'number' | 'tolerance'>): Attempt[] {
  return entry.kind === 'number' ? numberAttempts(entry.number ?? 0, entry.tolerance ?? 0) : textAttempts(entry.accept ?? [], entry.caseSensitive ?? false);
}

function textAttempts(accept: readonly string[], caseSensitive: boolean): Attempt[] {
  const accepted = new Set(accept.map((answer) => normalise(answer, caseSensitive)));
  const isAccepted = (input: string) => accepted.has(normalise(input, caseSensitive));
  const first = accept[0] ?? '';
  // Contains an accepted answer, so a page that matched substrings would wrongly accept it.
  let wrong = `definitely not ${first}`;
  while (isAccepted(wrong)) wrong += '!';
  const attempts: Attempt[] = [{ input: wrong, right: false, why: `the wrong answer “${wrong}”` }];
  for (const answer of accept) attempts.push({ input: answer, right: true, why: `the accepted answer “${answer}”` });
  const spaced = `  ${first.replace(/ /g, '   ')}  `;
  if (!caseSensitive) {
    // Only where capitals round-trip (not `ß`, whose capitals are `SS`).
    const upper = isAccepted(spaced.toUpperCase());
    attempts.push({ input: upper ? spaced.toUpperCase() : spaced, right: true, why: `“${first}”${upper ? ' in capitals' : ''} with extra spaces` });
  } else {
    const swapped = swapCase(first);
    attempts.push({ input: spaced, right: true, why: `“${first}” with extra spaces` });
    if (!isAccepted(swapped)) attempts.push({ input: swapped, right: false, why: `“${first}” in the wrong case (“${swapped}”, the answer is case-sensitive)` });
  }
  return attempts;
}

function numberAttempts(number: number, tolerance: number): Attempt[] {
  // Just outside: far beyond floating-point error, well within what a wrong tolerance would let through.
  const delta = Math.max(tolerance * 0.01, Math.abs(number) * 1e-4, 1e-6);
  const range = tolerance > 0 ? `${number} ± ${tolerance}` : String(number);
  const attempts: Attempt[] = [
    { input: String(number + tolerance + delta), right: false, why: `${number + tolerance + delta}, just above ${range}` },
    { input: String(number), right: true, why: `the answer ${number}` },
  ];
  if (tolerance > 0) {
    attempts.push(
      { input: String(number - tolerance), right: true, why: `${number - tolerance}, the lower edge of ${number} ± ${tolerance}` },
      { input: String(number + tolerance), right: true, why: `${number + tolerance}, the upper edge of ${number} ± ${tolerance}` },
      { input: String(number - tolerance - delta), right: false, why: `${number - tolerance - delta}, just below ${range}` },
    );
  }
  return attempts;
}

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}
