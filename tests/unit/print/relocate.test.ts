import { describe, expect, it } from 'vitest';
import { relocate, type Relocation } from '../../../src/print/build/relocate';

const at: Relocation = { slug: 'releasing/canary', base: '/guide/', anchors: new Set(['releasing', 'releasing/canary', 'ops/probes']), shift: 1 };

describe('relocating a lesson onto the one-page guide', () => {
  it('puts the lesson slug in front of every id and every reference to one', () => {
    const html = '<h2 id="why">Why</h2><a href="#why">up</a><label for="q-input" id="q-label">A</label><div aria-labelledby="q-stem q-label" aria-describedby="q-kind"></div><td headers="h1">';
    expect(relocate(html, at)).toBe(
      '<h3 id="releasing/canary/why">Why</h3><a href="#releasing/canary/why">up</a><label for="releasing/canary/q-input" id="releasing/canary/q-label">A</label><div aria-labelledby="releasing/canary/q-stem releasing/canary/q-label" aria-describedby="releasing/canary/q-kind"></div><td headers="releasing/canary/h1">',
    );
  });

  it('turns links to lessons, sections and their headings into links within the page', () => {
    const html = '<a href="../../ops/probes/">a</a><a href="/guide/ops/probes/#liveness">b</a><a href="/guide/releasing/">c</a><a href="./">d</a>';
    expect(relocate(html, at)).toBe('<a href="#ops/probes/">a</a><a href="#ops/probes/liveness">b</a><a href="#releasing/">c</a><a href="#releasing/canary/">d</a>');
  });

  it('makes other addresses of the site absolute, and leaves other sites alone', () => {
    const html = '<img src="diagram.png" alt=""><a href="../../files/a.pdf?x=1&amp;y=2">f</a><a href="https://example.org/a#b">e</a><a href="mailto:a@b.c">m</a>';
    expect(relocate(html, at)).toBe('<img src="/guide/releasing/canary/diagram.png" alt=""><a href="/guide/files/a.pdf?x=1&amp;y=2">f</a><a href="https://example.org/a#b">e</a><a href="mailto:a@b.c">m</a>');
  });

  it('drops scripts and moves headings down, never below h6', () => {
    const html = '<h2>A</h2><script type="module" src="/_astro/q.js"></script><h6>F</h6><header>x</header><hr>';
    expect(relocate(html, { ...at, shift: 2 })).toBe('<h4>A</h4><h6>F</h6><header>x</header><hr>');
  });

  it('leaves text that only looks like markup, such as an HTML example in code, unchanged', () => {
    const html = '<pre><code>&lt;a href="#top" id="x"&gt;</code></pre>';
    expect(relocate(html, at)).toBe(html);
  });

  it('keeps attribute values that hold ">" whole', () => {
    const html = '<mnemo-question id="q" data-spec="{&quot;accept&quot;:[&quot;a > b&quot;]}" data-store="s">';
    expect(relocate(html, at)).toBe('<mnemo-question id="releasing/canary/q" data-spec="{&quot;accept&quot;:[&quot;a > b&quot;]}" data-store="s">');
  });
});
