import { describe, expect, it } from 'vitest';
import { ankiField, oneLine } from '../../../src/interop/export/anki.ts';
import { choiceWeight, giftEscape } from '../../../src/interop/export/gift.ts';
import { portableHtml } from '../../../src/interop/export/html.ts';

describe('GIFT text', () => {
  it('escapes the characters GIFT reserves, the backslash first, and writes line breaks as \\n', () => {
    expect(giftEscape('a:b = {c} ~ #d \\ e')).toBe('a\\:b \\= \\{c\\} \\~ \\#d \\\\ e');
    expect(giftEscape('one\n\ntwo')).toBe('one\\n\\ntwo');
  });

  it('weights each of n right choices with a grade Moodle lists', () => {
    expect([1, 2, 3, 4, 6, 7].map(choiceWeight)).toEqual(['100', '50', '33.33333', '25', '16.66667', '14.28571']);
  });
});

describe('Anki fields', () => {
  it('quote a field that holds a tab, a quote or a line break, with "" for a quote', () => {
    expect(ankiField('plain <b>html</b>')).toBe('plain <b>html</b>');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField('a\tb')).toBe('"a\tb"');
  });

  it('keep code line breaks as <br> and fold the others to spaces', () => {
    expect(oneLine('<p>a\nb</p><pre><code>x\ny</code></pre>')).toBe('<p>a b</p><pre><code>x<br>y</code></pre>');
  });
});

describe('portable HTML', () => {
  it('turns highlighted code into plain code with its language', () => {
    const shiki = '<pre class="astro-code mn-s1" data-language="sh" tabindex="0"><code><span class="line"><span class="mn-s2">echo</span> hi &amp; bye</span>\n<span class="line">ls</span></code></pre>';
    expect(portableHtml(shiki)).toBe('<pre><code class="language-sh">echo hi &amp; bye\nls</code></pre>');
  });

  it('drops the bar of a framed code block, keeping the language on the code', () => {
    const framed = '<div class="mn-code astro-code" dir="ltr"><div class="mn-code__bar" data-pagefind-ignore=""><span class="mn-code__lang">bash</span></div><pre class="astro-code" data-language="bash"><code><span class="line">ln -s a b</span></code></pre></div>';
    expect(portableHtml(framed)).toBe('<pre><code class="language-bash">ln -s a b</code></pre>');
  });

  it('drops Mnemo classes, ids, data attributes and form controls, and keeps links and images', () => {
    expect(portableHtml('<p class="x" id="y" data-z="1">See <a href="https://example.org/" class="k">this</a> <img src="/a.png" alt="A"><input value="2"></p>')).toBe(
      '<p>See <a href="https://example.org/">this</a> <img src="/a.png" alt="A"></p>',
    );
  });

  it('makes site-absolute links absolute when the guide\'s address is given', () => {
    expect(portableHtml('<p><a href="/guide/intro/#why">why</a></p>', 'https://example.org')).toBe('<p><a href="https://example.org/guide/intro/#why">why</a></p>');
  });
});
