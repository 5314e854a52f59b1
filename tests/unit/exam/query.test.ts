import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRACTICE, MAX_PRACTICE_COUNT, practiceTimeLimit, readPracticeQuery, readSeed, withSeed, writePracticeQuery, type PracticeQuery,
} from '../../../src/exam/query';

describe('the seed in the address', () => {
  it('reads a valid seed and ignores a malformed one', () => {
    expect(readSeed('?seed=k3j9x0ab&count=3')).toBe('k3j9x0ab');
    expect(readSeed('seed=k3j9x0ab')).toBe('k3j9x0ab');
    for (const bad of ['', '?seed=', '?seed=K3J9X0AB', '?seed=k3j9', '?seed=%ZZ', '?seed=k3j9x0ab%00']) expect(readSeed(bad)).toBeUndefined();
  });

  it('sets the seed and keeps the other parameters', () => {
    expect(withSeed('?count=5&seed=old00000', 'k3j9x0ab')).toBe('count=5&seed=k3j9x0ab');
    expect(readSeed(withSeed('', 'k3j9x0ab'))).toBe('k3j9x0ab');
  });
});

describe('practice options in the address', () => {
  const full: PracticeQuery = { seed: 'k3j9x0ab', sections: ['releasing', 'releasing/advanced'], tags: ['safety first', 'a&b'], count: 35, timed: true, weakSpots: true };

  it('writes short addresses and reads them back to the same options', () => {
    expect(writePracticeQuery({ ...DEFAULT_PRACTICE, sections: ['releasing'], seed: 'k3j9x0ab' })).toBe('seed=k3j9x0ab&section=releasing');
    const written = writePracticeQuery(full);
    expect(written).toBe('seed=k3j9x0ab&section=releasing&section=releasing%2Fadvanced&tag=safety+first&tag=a%26b&count=35&timed=1&weak=1');
    expect(readPracticeQuery(`?${written}`)).toEqual(full);
    expect(readPracticeQuery(writePracticeQuery({ ...DEFAULT_PRACTICE }))).toEqual(DEFAULT_PRACTICE);
  });

  it('falls back to the defaults for bad values, never throwing', () => {
    const bad = '?seed=nope&section=Bad%20Section&section=../x&section=ok/&tag=&count=ten&timed=maybe&weak=2';
    expect(readPracticeQuery(bad)).toEqual({ ...DEFAULT_PRACTICE });
    for (const count of ['0', '-3', '2.5', '1e3', '', '99999999999']) expect(readPracticeQuery(`count=${count}`).count).toBe(DEFAULT_PRACTICE.count);
    expect(readPracticeQuery('count=5000').count).toBe(MAX_PRACTICE_COUNT);
    expect(readPracticeQuery('timed=false&weak=true')).toMatchObject({ timed: false, weakSpots: true });
    for (const junk of ['%', '%E0%A4%A', '?&&==&', '?section=%F0%9F%92%A9']) expect(() => readPracticeQuery(junk)).not.toThrow();
  });

  it('drops repeated entries and, given the guide, sections and tags it does not have', () => {
    const read = readPracticeQuery('section=a&section=a&section=gone&tag=x&tag=x&tag=old', { sections: ['a', 'b'], tags: ['x'] });
    expect(read).toMatchObject({ sections: ['a'], tags: ['x'] });
  });

  it('gives a timed practice test 1.5 minutes per question, rounded up', () => {
    expect(practiceTimeLimit(20)).toBe(30);
    expect(practiceTimeLimit(7)).toBe(11);
  });
});
