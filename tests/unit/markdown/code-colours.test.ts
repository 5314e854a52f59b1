import { describe, expect, it } from 'vitest';
import { blockGrounds, LINE_HIGHLIGHT, readableStyle } from '../../../src/lib/markdown/code-colours';
import { contrast, mix, readable } from '../../../src/lib/markdown/contrast';

describe('contrast (WCAG 2.x)', () => {
  it('measures the known extremes and a known pair', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBe(1);
    // The darkest grey often quoted as just passing AA on white.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('mixes colours channel by channel', () => {
    expect(mix('#ffffff', '#000000', 0.5)).toBe('#808080');
    expect(mix('#0d1117', '#ffd60a', 0)).toBe('#0d1117');
  });
});

describe('readable', () => {
  it('keeps a colour that already reads at 4.5:1 on every background', () => {
    expect(readable('#24292E', ['#ffffff', '#fff5c2'])).toBe('#24292E');
  });

  it('darkens a colour on light backgrounds, just enough', () => {
    const out = readable('#6a737d', ['#ffffff', '#fff5c2']);
    expect(out).not.toBe('#6a737d');
    expect(Math.min(contrast(out, '#ffffff'), contrast(out, '#fff5c2'))).toBeGreaterThanOrEqual(4.5);
    expect(Math.min(contrast(out, '#ffffff'), contrast(out, '#fff5c2'))).toBeLessThan(4.7);
  });

  it('lightens a colour on dark backgrounds', () => {
    const out = readable('#8b949e', ['#0d1117', '#343115']);
    expect(contrast(out, '#343115')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(out, '#ffffff')).toBeLessThan(contrast('#8b949e', '#ffffff'));
  });

  it('lays a colour with alpha over the first background, and leaves named colours alone', () => {
    expect(readable('#00000080', ['#ffffff'])).toMatch(/^#[\da-f]{6}$/);
    expect(readable('inherit', ['#ffffff'])).toBe('inherit');
  });
});

describe('code block colours', () => {
  const pre = 'background-color:#fff;--shiki-dark-bg:#0d1117;color:#24292e;--shiki-dark:#e6edf3';

  it('adds each theme’s highlighted-line colour to the block', () => {
    const { grounds, style } = blockGrounds(pre);
    expect(grounds.light).toEqual(['#fff', mix('#fff', LINE_HIGHLIGHT.tint, LINE_HIGHLIGHT.light)]);
    expect(grounds.dark[0]).toBe('#0d1117');
    expect(style).toContain(`--mn-hl:${grounds.light[1]}`);
    expect(style).toContain(`--mn-hl-dark:${grounds.dark[1]}`);
  });

  it('makes every token reach AA on plain and highlighted lines in both themes', () => {
    const { grounds } = blockGrounds(pre);
    const style = readableStyle('color:#6A737D;--shiki-dark:#8B949E;font-style:italic', grounds);
    const light = /(?:^|;)color:([^;]+)/.exec(style)![1]!;
    const dark = /--shiki-dark:([^;]+)/.exec(style)![1]!;
    for (const ground of grounds.light) expect(contrast(light, ground)).toBeGreaterThanOrEqual(4.5);
    for (const ground of grounds.dark) expect(contrast(dark, ground)).toBeGreaterThanOrEqual(4.5);
    expect(style).toContain('font-style:italic');
  });
});
