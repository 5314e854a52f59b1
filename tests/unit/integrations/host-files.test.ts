import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, metaPolicy, writeHostFiles } from '../../../src/integrations/host-files';

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
const page = (csp: string) => `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${csp}"></head><body></body></html>`;

describe('host files', () => {
  it("reads a page's policy from its meta tag", () => {
    expect(metaPolicy(page("default-src &#39;self&#39;"))).toBe("default-src 'self'");
    expect(metaPolicy('<html><head></head></html>')).toBeUndefined();
  });

  it('writes one rule for the whole site when every page shares its policy, and caches hashed files', () => {
    expect(headersFile(headerRules([{ path: '', policy }, { path: 'a/', policy }], '/guide/'))).toBe(
      [
        '# Response headers for Netlify and Cloudflare Pages, written by Mnemo with the site.',
        "# Each page's Content-Security-Policy, as in its <meta>; hashed files cached for a year.",
        '',
        '/guide/*',
        `  Content-Security-Policy: ${policy}`,
        '  X-Content-Type-Options: nosniff',
        '',
        '/guide/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });

  it('writes a rule per page when policies differ, for the address and its index.html', () => {
    const rules = headerRules([{ path: '', policy }, { path: 'a/', policy: "default-src 'none'" }, { path: '404.html', policy }], '/');
    expect(rules.map((r) => `${r.path} ${r.headers['Content-Security-Policy'] ?? r.headers['Cache-Control']}`)).toEqual([
      `/ ${policy}`,
      `/index.html ${policy}`,
      "/a/ default-src 'none'",
      "/a/index.html default-src 'none'",
      `/404.html ${policy}`,
      '/_astro/* public, max-age=31536000, immutable',
    ]);
  });

  it('writes _headers from the pages of a built site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnemo-host-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'index.html'), page(policy));
    writeFileSync(join(dir, 'a', 'index.html'), page(policy));
    expect(writeHostFiles(dir, '/')).toBe(2);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(`/*\n  Content-Security-Policy: ${policy}\n`);
  });

  it("reads each page's own head, not what a longer page before it left in the buffer", () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnemo-host-'));
    // Pages are read in name order: a long page with a policy, a short one without, and one with another policy.
    writeFileSync(join(dir, 'a.html'), page(policy) + 'x'.repeat(20_000));
    writeFileSync(join(dir, 'b.html'), '<!doctype html><title>b</title>');
    writeFileSync(join(dir, 'c.html'), page("default-src 'none'"));
    writeHostFiles(dir, '/');
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(`/a.html\n  Content-Security-Policy: ${policy}\n`);
    expect(headers).toContain("/c.html\n  Content-Security-Policy: default-src 'none'\n");
    expect(headers).not.toContain('/b.html');
  });
});
