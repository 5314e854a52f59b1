import { describe, expect, it } from 'vitest';
import { blanksAttempts } from '../../../src/checks/kinds/blanks/attempts';
import { gradeBlanks } from '../../../src/checks/kinds/blanks/grade';
import { matchAttempts } from '../../../src/checks/kinds/match/attempts';
import { gradeMatch, matchAnswers } from '../../../src/checks/kinds/match/grade';
import { matchClient } from '../../../src/checks/kinds/match/render';
import { orderAttempts } from '../../../src/checks/kinds/order/attempts';
import { gradeOrder } from '../../../src/checks/kinds/order/grade';
import type { SpecOf } from '../../../src/checks/schema';

const base = { id: 'q', lesson: 'l', file: 'l.mdx', line: 1, stem: 'Stem', hints: [] };
const order = (steps: string[]): SpecOf<'order'> => ({ ...base, kind: 'order', steps });
const match = (pairs: [string, string][]): SpecOf<'match'> => ({ ...base, kind: 'match', pairs: pairs.map(([prompt, answer]) => ({ prompt, answer })) });
const blanks = (list: SpecOf<'blanks'>['blanks']): SpecOf<'blanks'> => ({ ...base, kind: 'blanks', blanks: list });

describe('gradeOrder', () => {
  it('is right only when every step is where the author wrote it, and marks each position', () => {
    expect(gradeOrder([0, 1, 2, 3])).toEqual({ right: true, parts: [true, true, true, true] });
    expect(gradeOrder([1, 0, 2, 3])).toEqual({ right: false, parts: [false, false, true, true] });
    expect(gradeOrder([3, 2, 1, 0])).toEqual({ right: false, parts: [false, false, false, false] });
    expect(gradeOrder([]).right).toBe(false);
  });
});

describe('gradeMatch', () => {
  const spec = matchClient(match([['404', 'Client error.'], ['400', 'Client error.'], ['503', 'Server error.']]));

  it('keys prompts that share an answer to one option', () => {
    expect(matchAnswers(match([['404', 'Client error.'], ['400', 'Client error.'], ['503', 'Server error.']]).pairs)).toEqual(['Client error.', 'Server error.']);
    expect(spec.key).toEqual([0, 0, 1]);
  });

  it('is right only when every prompt has its answer; a prompt left unmatched is wrong', () => {
    expect(gradeMatch(spec, [0, 0, 1])).toEqual({ right: true, parts: [true, true, true] });
    expect(gradeMatch(spec, [0, 1, 1])).toEqual({ right: false, parts: [true, false, true] });
    expect(gradeMatch(spec, [0, -1, 1])).toEqual({ right: false, parts: [true, false, true] });
    expect(gradeMatch(spec, [])).toEqual({ right: false, parts: [false, false, false] });
  });
});

describe('gradeBlanks', () => {
  const spec = {
    kind: 'blanks' as const,
    blanks: [
      { kind: 'text' as const, accept: ['digest', 'content digest'], caseSensitive: false },
      { kind: 'number' as const, number: 88, tolerance: 0.5 },
      { kind: 'text' as const, accept: ['Na'], caseSensitive: true },
    ],
  };

  it('compares each blank like a typed answer: spaces, case, keyboard forms, tolerance', () => {
    expect(gradeBlanks(spec, ['  Content   DIGEST ', '87,6', 'Na'])).toEqual({ right: true, parts: [true, true, true] });
    expect(gradeBlanks(spec, ['digest', '88.51', 'na'])).toEqual({ right: false, parts: [true, false, false] });
  });

  it('marks a partial answer part by part, an empty or missing blank being wrong', () => {
    expect(gradeBlanks(spec, ['tag', '88', ''])).toEqual({ right: false, parts: [false, true, false] });
    expect(gradeBlanks(spec, ['digest'])).toEqual({ right: false, parts: [true, false, false] });
  });
});

describe('what npm run verify gives the new kinds', () => {
  it('orders: two wrong orders then the right one, each with the marks grading gives', () => {
    const attempts = orderAttempts(order(['a', 'b', 'c']));
    expect(attempts.map((a) => [a.response, a.right])).toEqual([
      [[1, 0, 2], false],
      [[2, 1, 0], false],
      [[0, 1, 2], true],
    ]);
    for (const attempt of attempts) expect(gradeOrder(attempt.response)).toEqual({ right: attempt.right, parts: attempt.parts });
    // With two steps, swapped and reversed are one order, tried once.
    expect(orderAttempts(order(['a', 'b'])).map((a) => a.response)).toEqual([[1, 0], [0, 1]]);
  });

  it('matches: each pair wrong on its own, then all right, agreeing with grading', () => {
    const spec = match([['404', 'Client error.'], ['400', 'Client error.'], ['503', 'Server error.']]);
    const attempts = matchAttempts(spec);
    expect(attempts.map((a) => a.right)).toEqual([false, false, false, true]);
    expect(attempts[0]!.response).toEqual(['Server error.', 'Client error.', 'Server error.']);
    const answers = matchAnswers(spec.pairs);
    for (const attempt of attempts) {
      const chosen = attempt.response.map((answer) => answers.indexOf(answer));
      expect(gradeMatch(matchClient(spec), chosen)).toEqual({ right: attempt.right, parts: attempt.parts });
    }
  });

  it('blanks: every typed-answer attempt for each blank in turn, wrong ones first, agreeing with grading', () => {
    const spec = blanks([
      { kind: 'text', accept: ['digest', 'content digest'], caseSensitive: false },
      { kind: 'number', number: 88, tolerance: 0.5 },
    ]);
    const attempts = blanksAttempts(spec);
    const firstRight = attempts.findIndex((a) => a.right);
    expect(attempts.slice(firstRight).every((a) => a.right)).toBe(true);
    expect(attempts.filter((a) => !a.right).map((a) => a.why)).toEqual([
      'blank 1: the wrong answer “definitely not digest”',
      'blank 2: 88.5088, just above 88 ± 0.5',
      'blank 2: 87.4912, just below 88 ± 0.5',
    ]);
    expect(attempts.map((a) => a.response)).toContainEqual(['content digest', '88']);
    expect(attempts.map((a) => a.response)).toContainEqual(['digest', '87.5']);
    for (const attempt of attempts) expect(gradeBlanks({ kind: 'blanks', blanks: spec.blanks }, attempt.response)).toEqual({ right: attempt.right, parts: attempt.parts });
  });
});
