import { codeToHast } from 'shiki';
import { describe, expect, it } from 'vitest';
import { CodeStyleRegistry, noTimeLimit } from '../../../src/lib/markdown/code-styles';

const STYLES = ['color:#D73A49;--shiki-dark:#FF7B72', 'color:#6A737D;--shiki-dark:#8B949E', 'color:#24292E;--shiki-dark:#E6EDF3'];

describe('CodeStyleRegistry', () => {
  it('names a style the same whatever order lessons compile in', () => {
    const first = new CodeStyleRegistry();
    const second = new CodeStyleRegistry();
    const names = STYLES.map((style) => first.classFor(style));
    const reversed = [...STYLES].reverse().map((style) => second.classFor(style)).reverse();
    expect(reversed).toEqual(names);
    expect(second.css()).toBe(first.css());
  });

  it('gives each distinct style its own short class, and one style one class', () => {
    const registry = new CodeStyleRegistry();
    const names = STYLES.map((style) => registry.classFor(style));
    expect(new Set(names).size).toBe(STYLES.length);
    for (const name of names) expect(name).toMatch(/^mn-s[0-9a-z]{5}$/);
    expect(registry.classFor(' color:#D73A49; --shiki-dark:#FF7B72; ')).toBe(names[0]);
  });

  it('writes one rule per class, sorted', () => {
    const registry = new CodeStyleRegistry();
    const names = STYLES.map((style) => registry.classFor(style));
    const rules = registry.css().trim().split('\n');
    expect(rules).toEqual([...rules].sort());
    expect(rules).toHaveLength(3);
    expect(rules).toContain(`.${names[1]}{${STYLES[1]}}`);
  });
});

describe('code colours', () => {
  it('are tokenized without a time limit, so a busy machine never leaves a line uncoloured', async () => {
    let limit: number | undefined = 500;
    const watch = { name: 'watch', preprocess: (_code: string, options: { tokenizeTimeLimit?: number }) => void (limit = options.tokenizeTimeLimit) };
    await codeToHast('const x = 1;', { lang: 'ts', themes: { light: 'github-light', dark: 'github-dark-default' }, transformers: [noTimeLimit, watch] });
    expect(limit).toBe(0);
  }, 60_000);
});
