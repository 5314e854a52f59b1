import { afterEach, describe, expect, it, vi } from 'vitest';
import { peekExams } from '../../../src/exam/client/peek';

const KEY = 'mnemo:exams:/guide/';

/** Puts `value` under KEY in a stand-in `localStorage` (a string is stored as is). */
function stored(value: unknown) {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  vi.stubGlobal('localStorage', { getItem: (key: string) => (key === KEY ? raw : null) });
}

afterEach(() => vi.unstubAllGlobals());

describe('peekExams', () => {
  it('finds nothing when nothing is stored: the setup shows', () => {
    vi.stubGlobal('localStorage', { getItem: () => null });
    expect(peekExams(KEY, 'exams/final')).toEqual({});
  });

  it('sees an attempt in progress of this exam and the last layout chosen', () => {
    stored({ layout: 'all', open: { 'exams/final': { seed: 'abc', startedAt: 1 } } });
    expect(peekExams(KEY, 'exams/final')).toEqual({ layout: 'all', open: { seed: 'abc', submitted: false } });
  });

  it('tells a submitted attempt from one in progress', () => {
    stored({ open: { 'exams/final': { seed: 'abc', submittedAt: 5 } } });
    expect(peekExams(KEY, 'exams/final').open).toEqual({ seed: 'abc', submitted: true });
  });

  it('ignores another exam’s attempt', () => {
    stored({ layout: 'one', open: { practice: { seed: 'x' } } });
    expect(peekExams(KEY, 'exams/final')).toEqual({ layout: 'one' });
  });

  it('does not take inherited names for attempts', () => {
    stored({ open: {} });
    expect(peekExams(KEY, 'constructor')).toEqual({});
  });

  it('ignores a layout it does not know', () => {
    stored({ layout: 'sideways' });
    expect(peekExams(KEY, 'exams/final')).toEqual({});
  });

  it('never throws: malformed data, a non-object or a blocked localStorage show the setup', () => {
    stored('{not json');
    expect(peekExams(KEY, 'exams/final')).toEqual({});
    stored(42);
    expect(peekExams(KEY, 'exams/final')).toEqual({});
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('SecurityError'); } });
    expect(peekExams(KEY, 'exams/final')).toEqual({});
  });
});
