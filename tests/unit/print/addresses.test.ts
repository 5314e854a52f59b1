import { describe, expect, it } from 'vitest';
import { withPrintAddresses } from '../../../src/print/addresses';

describe('link addresses on paper', () => {
  it('gives relative and site-absolute links their full address', () => {
    const html = '<a href="../canary/">C</a> <a class="x" href="/guide/ops/#probes">P</a>';
    expect(withPrintAddresses(html, '/guide/releasing/blue-green/')).toBe(
      '<a data-print-href="/guide/releasing/canary/" href="../canary/">C</a> <a data-print-href="/guide/ops/#probes" class="x" href="/guide/ops/#probes">P</a>',
    );
  });

  it('uses the guide\'s public origin when it has one', () => {
    expect(withPrintAddresses('<a href="../canary/?a=1&amp;b=2">C</a>', '/guide/releasing/x/', 'https://learn.example.org')).toBe(
      '<a data-print-href="https://learn.example.org/guide/releasing/canary/?a=1&amp;b=2" href="../canary/?a=1&amp;b=2">C</a>',
    );
  });

  it('leaves external links and in-page anchors as they are', () => {
    const html = '<a href="https://example.org/">E</a><a href="#why">W</a><a href="mailto:a@b.c">M</a>';
    expect(withPrintAddresses(html, '/x/')).toBe(html);
  });
});
