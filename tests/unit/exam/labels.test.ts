import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { confirmText, formatClock, formatDuration, navigatorLabel, numberList } from '../../../src/exam/labels';

const ui = en.exam;

describe('what an exam shows', () => {
  it('shows time left as a clock that reads 0:00 only when time is up', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(2_345_100)).toBe('39:06');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(3_600_000)).toBe('1:00:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });

  it('says the time taken in minutes and seconds', () => {
    expect(formatDuration(180_000, 'en', ui)).toBe('3 min');
    expect(formatDuration(1_385_999, 'en', ui)).toBe('23 min 5 s');
    expect(formatDuration(59_999, 'en', ui)).toBe('59 s');
    expect(formatDuration(0, 'en', ui)).toBe('0 s');
  });

  it('lists question numbers as the language does', () => {
    expect(numberList([6], 'en')).toBe('6');
    expect(numberList([2, 5], 'en')).toBe('2 and 5');
    expect(numberList([3, 7, 12], 'en')).toBe('3, 7, and 12');
  });

  it('names unanswered and flagged questions before submitting', () => {
    expect(confirmText([6], [2], 'en', ui)).toEqual(['Question 6 is not answered yet.', 'Question 2 is flagged for later.']);
    expect(confirmText([2, 5], [], 'en', ui)).toEqual(['Questions 2 and 5 are not answered yet.']);
    expect(confirmText([], [1, 3], 'en', ui)).toEqual(['Every question is answered.', 'Questions 1 and 3 are flagged for later.']);
  });

  it('labels navigator buttons with their visible number first', () => {
    expect(navigatorLabel(3, true, true, ui)).toBe('Question 3, answered, flagged');
    expect(navigatorLabel(4, false, false, ui)).toBe('Question 4, not answered');
    // The number as the button shows it, in the guide's digits (Arabic-Indic in Egyptian Arabic).
    expect(navigatorLabel(12, false, false, ui, 'ar-EG')).toBe('Question ١٢, not answered');
  });
});
