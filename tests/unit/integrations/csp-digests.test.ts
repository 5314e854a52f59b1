import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cspDigests, keepCspDigests } from '../../../src/integrations/csp-digests';

const astroModule = createRequire(import.meta.url).resolve('astro/package.json').replace(/package\.json$/, 'dist/core/encryption.js');

/** Evaluates Astro's module as rewritten, with its two imports given. */
function rewritten(code: string) {
  const body = code
    .replace(/^import[\s\S]*?from "@oslojs\/encoding";/m, '')
    .replace(/^import \{ ALGORITHMS \} from "\.\/csp\/config\.js";/m, '')
    .replace(/^export \{[\s\S]*$/m, 'return { generateCspDigest };');
  const encodeBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return new Function('encodeBase64', 'ALGORITHMS', body)(encodeBase64, { 'SHA-256': 'sha256-' }) as { generateCspDigest(data: string, algorithm: string): Promise<string> };
}

describe("keeping Astro's CSP digests", () => {
  it('rewrites the installed Astro, so that a text is hashed once and hashes as before', async () => {
    const code = readFileSync(astroModule, 'utf8');
    const kept = keepCspDigests(code);
    expect(kept, 'this Astro writes generateCspDigest differently: see src/integrations/csp-digests.ts').toBeDefined();
    const { generateCspDigest } = rewritten(kept!);
    const first = generateCspDigest('', 'SHA-256');
    expect(generateCspDigest('', 'SHA-256')).toBe(first);
    // The digest of the empty text, as every CSP reference gives it.
    expect(await first).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(await generateCspDigest('alert(1)', 'SHA-256')).toBe(`sha256-${Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('alert(1)'))).toString('base64')}`);
  });

  it('leaves other modules, and a function written otherwise, as they are', () => {
    const { transform } = cspDigests() as unknown as { transform: { filter: { id: RegExp }; handler(code: string): unknown } };
    expect(transform.filter.id.test('/x/src/other.js')).toBe(false);
    expect(transform.filter.id.test('/x/node_modules/astro/dist/core/encryption.js')).toBe(true);
    expect(transform.handler('async function generateCspDigest(input, algorithm) {}')).toBeNull();
    expect(keepCspDigests('const x = 1;')).toBeUndefined();
  });
});
