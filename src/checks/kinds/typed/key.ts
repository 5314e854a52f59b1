/**
 * The expected answer of a typed question as a reader sees it in the answer key.
 * Dependency-free: `npm run verify` imports it as it is.
 */
import type { Blank } from '../../schema';

/**
 * The first accepted text, or the number with its tolerance: of a typed question, or of one
 * blank of a fill-in-the-blank question.
 * @example typedKey({ kind: 'number', number: 13, tolerance: 0.5, ... }) // '13 ± 0.5'
 */
export function typedKey(spec: Blank): string {
  if (spec.kind === 'text') return spec.accept[0] ?? '';
  return spec.tolerance > 0 ? `${spec.number} ± ${spec.tolerance}` : String(spec.number);
}
