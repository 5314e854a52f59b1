/**
 * The default branch of every switch over self-check kinds. Dependency-free: the browser
 * and `npm run verify` import it as it is.
 */

/**
 * Fails the type check when a switch over kinds misses one, and throws if a value the types
 * rule out arrives anyway (from data written by another version).
 * @example default: return unknownKind(spec);
 */
export function unknownKind(kind: never): never {
  const shown = typeof kind === 'object' && kind !== null && 'kind' in kind ? (kind as { kind: unknown }).kind : kind;
  throw new Error(`Unknown self-check kind: ${JSON.stringify(shown)}`);
}
