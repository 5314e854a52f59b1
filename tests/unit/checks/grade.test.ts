import { describe, expect, it } from 'vitest';
import { gradeChoices, gradeNumber, gradeText } from '../../../src/checks/core/grade';
import { normaliseText, parseNumber } from '../../../src/checks/core/normalise';

describe('normaliseText', () => {
  it('trims and collapses runs of whitespace, tabs and newlines included', () => {
    expect(normaliseText('  blue \t\n  green  ', true)).toBe('blue green');
  });

  it('lowercases unless case-sensitive', () => {
    expect(normaliseText('Blue-Green', false)).toBe('blue-green');
    expect(normaliseText('Blue-Green', true)).toBe('Blue-Green');
  });

  it('makes composed and decomposed accents equal (NFC)', () => {
    const decomposed = 'cafe\u0301';
    expect(decomposed).not.toBe('café');
    expect(normaliseText(decomposed, true)).toBe('café');
  });
});

describe('gradeText', () => {
  const accept = ['snowflake server', 'snowflake'];

  it('accepts any listed answer regardless of case and spacing', () => {
    expect(gradeText('  Snowflake   SERVER ', accept, false)).toBe(true);
    expect(gradeText('snowflake', accept, false)).toBe(true);
  });

  it('rejects other answers', () => {
    expect(gradeText('snowflakes', accept, false)).toBe(false);
    expect(gradeText('pet server', accept, false)).toBe(false);
  });

  it('respects case when case-sensitive, still ignoring extra spaces', () => {
    expect(gradeText('NaCl', ['NaCl'], true)).toBe(true);
    expect(gradeText(' NaCl ', ['NaCl'], true)).toBe(true);
    expect(gradeText('nacl', ['NaCl'], true)).toBe(false);
  });

  it('never accepts a blank answer', () => {
    expect(gradeText('   ', ['x'], false)).toBe(false);
  });

  it('matches an accented answer typed in decomposed form', () => {
    expect(gradeText('Re\u0301sume\u0301', ['résumé'], false)).toBe(true);
  });
});

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    [' -3.5 ', -3.5],
    ['+1e3', 1000],
    ['1,5', 1.5],
    ['.5', 0.5],
    ['7.', 7],
    ['2E-2', 0.02],
    ['\u22124', -4],
    ['5,000', 5000],
    ['1,234,567.5', 1234567.5],
    ['1 000', 1000],
    ['-12,000', -12000],
    ['1,50', 1.5],
    ['7,', 7],
    ['1,00,000', 100000],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each(['', '   ', 'abc', '12abc', '1,5.2', '1 00', '--1', '1e', 'Infinity', 'NaN', '0x10', '1e999'])(
    'rejects %j',
    (input) => {
      expect(parseNumber(input)).toBeNull();
    },
  );
});

describe('gradeNumber', () => {
  it('requires an exact match with tolerance 0', () => {
    expect(gradeNumber('2', 2, 0)).toBe(true);
    expect(gradeNumber('2.001', 2, 0)).toBe(false);
  });

  it('absorbs floating-point error', () => {
    expect(gradeNumber(0.1 + 0.2, 0.3, 0)).toBe(true);
    expect(gradeNumber('0.4', 0.3, 0.1)).toBe(true);
    expect(gradeNumber('0.2', 0.3, 0.1)).toBe(true);
  });

  it('includes the tolerance boundary and excludes beyond it', () => {
    expect(gradeNumber('13.5', 13, 0.5)).toBe(true);
    expect(gradeNumber('12.5', 13, 0.5)).toBe(true);
    expect(gradeNumber('13.51', 13, 0.5)).toBe(false);
  });

  it('does not loosen tiny magnitudes', () => {
    expect(gradeNumber('6.626e-34', 6.626e-34, 0)).toBe(true);
    expect(gradeNumber('6.627e-34', 6.626e-34, 0)).toBe(false);
  });

  it('reads a decimal comma and rejects what is not a number', () => {
    expect(gradeNumber('13,4', 13, 0.5)).toBe(true);
    expect(gradeNumber('thirteen', 13, 0.5)).toBe(false);
    expect(gradeNumber('', 0, 0)).toBe(false);
  });
});

describe('gradeChoices', () => {
  it('is right only for exactly the correct set, in any order', () => {
    expect(gradeChoices([0, 2], [2, 0])).toBe(true);
    expect(gradeChoices([1], [1])).toBe(true);
  });

  it('is wrong with a choice missing, one extra, or nothing picked', () => {
    expect(gradeChoices([0], [0, 2])).toBe(false);
    expect(gradeChoices([0, 1, 2], [0, 2])).toBe(false);
    expect(gradeChoices([], [1])).toBe(false);
    expect(gradeChoices([0], [1])).toBe(false);
  });

  it('ignores a choice reported twice', () => {
    expect(gradeChoices([1, 1], [1])).toBe(true);
  });
});
