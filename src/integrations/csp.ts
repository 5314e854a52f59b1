/**
 * The strict Content-Security-Policy every page carries (Astro writes it as a `<meta>` with
 * the hashes of the scripts and styles it bundles): nothing from elsewhere, WebAssembly for
 * search, and the hash of every script the layout writes inline, which Astro does not hash
 * itself. `_headers` serves the same policy as a header (host-files.ts).
 */
import { createHash } from 'node:crypto';
import type { AstroConfig } from 'astro';
import { INLINE_SCRIPTS } from '../lib/inline-scripts';

/** A CSP source for a script's text: `sha256-<base64>` (CSP Level 3, "hash-source"). */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

type CspConfig = Exclude<NonNullable<AstroConfig['security']['csp']>, boolean>;

/** Astro's `security.csp` setting. */
export function cspConfig(): CspConfig {
  return {
    directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    algorithm: 'SHA-256',
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(scriptHash) },
    styleDirective: { resources: ["'self'"] },
  };
}
