import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOverrides, builtBase } from '../../../src/integrations/build-options';
import { readSettings } from '../../../src/lib/settings';
import { makeGuide } from '../content/helpers';

const settingsWith = (base: string | undefined, env: Record<string, string> = {}) => {
  const { root, content } = makeGuide({ '_guide.yaml': 'title: Guide\nbase: /yaml/\n' });
  return readSettings(content, root, buildOverrides({ base: base ?? '/', site: undefined }, env));
};

describe("a build's base", () => {
  it("takes Astro's --base over _guide.yaml", () => {
    expect(settingsWith('/docs').settings.base).toBe('/docs/');
  });

  it('keeps _guide.yaml when no flag is given', () => {
    expect(settingsWith(undefined).settings.base).toBe('/yaml/');
  });

  it('stops when MNEMO_BASE and --base disagree, naming both', () => {
    expect(settingsWith('/docs/', { MNEMO_BASE: '/guide/' }).problems).toEqual([
      {
        file: 'content/_guide.yaml',
        line: 0,
        column: 0,
        message: 'This build was given two different `base`s: MNEMO_BASE /guide/ and --base /docs/.',
        fix: 'Give one: set `base:` in _guide.yaml, or pass the same value everywhere.',
      },
    ]);
  });

  it('says where an invalid base came from', () => {
    expect(settingsWith('/a b/').problems.map((p) => p.message)).toEqual(['--base gives `base` the value `/a b/`, which is not a sub-path.']);
  });

  it('previews a site at the base it was built for, unless told otherwise', () => {
    const out = mkdtempSync(join(tmpdir(), 'mnemo-preview-'));
    expect(builtBase(out, {})).toBeUndefined();
    mkdirSync(join(out, '_mnemo'));
    writeFileSync(join(out, '_mnemo', 'site.json'), '{"base":"/guide/"}');
    expect(builtBase(out, {})).toBe('/guide/');
    expect(builtBase(out, { base: [{ value: '/other', from: '--base' }] })).toBe('/other/');
  });
});
