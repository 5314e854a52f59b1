import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handOffFile, readHandOff, writeHandOff, type HandOff } from '../../../src/integrations/hand-off';

const file = () => join(mkdtempSync(join(tmpdir(), 'mnemo-hand-off-')), 'hand-off.json');

describe("the build's hand-off to npm run build", () => {
  it('is asked for by MNEMO_HAND_OFF only', () => {
    expect(handOffFile({ MNEMO_HAND_OFF: '/tmp/h.json' })).toBe('/tmp/h.json');
    expect(handOffFile({ MNEMO_HAND_OFF: ' ' })).toBeUndefined();
    expect(handOffFile({})).toBeUndefined();
  });

  it('reads back what the build wrote: with a search request, with one without a glob, and without one', () => {
    for (const handOff of [
      { staging: '/p/node_modules/.astro/sites/abc', out: '/site', search: { glob: '{a,b}/**/*.html' } },
      { staging: '/s', out: '/o', search: {} },
      { staging: '/s', out: '/o' },
      { staging: '/s', out: '/o', search: {}, pages: { guide: { kind: 'section', slug: '', title: '', children: [], lessonCount: 0 }, checks: [{ lesson: 'a', id: 'q', line: 3 }], base: '/', ui: { print: { answerKey: 'Answer key' } }, root: '/p', content: '/p/content' } } as unknown as HandOff,
    ] satisfies HandOff[]) {
      const path = file();
      writeHandOff(path, handOff);
      expect(readHandOff(path)).toEqual(handOff);
      // Written beside it and renamed: the wrapper, which reads it as soon as it exists, never sees part of it.
      expect(readdirSync(dirname(path)).filter((name) => name.endsWith('.part'))).toEqual([]);
    }
  });

  it('refuses a file that is not a hand-off, so nothing is published from it', () => {
    for (const text of ['null', '{}', '{"staging":"/s"}', '{"staging":"/s","out":""}', '{"staging":"/s","out":"/o","search":{"glob":3}}', '{"staging":"/s","out":"/o","pages":{"base":"/"}}', '{"staging":"/s","out":"/o","pages":{"guide":{"children":[]},"checks":{},"base":"/","ui":{"print":{}},"root":"/p","content":"/c"}}']) {
      const path = file();
      writeFileSync(path, text);
      expect(() => readHandOff(path), text).toThrow(/is not a build hand-off/);
    }
  });
});
