import { describe, expect, it } from 'vitest';
import {
  choiceViews,
  controlsView,
  earlierMessage,
  emptyMessage,
  hintLabel,
  positionLabel,
  resultMessage,
  stepIndex,
  verdict,
} from '../../../src/checks/client/view-state';
import { en } from '../../../src/i18n/en';

const ui = en.question;

// Correct: choices 0 and 2. Picked: 0 and 1.
const choices = [
  { correct: true, picked: true },
  { correct: false, picked: true },
  { correct: true, picked: false },
  { correct: false, picked: false },
];

describe('choiceViews', () => {
  it('marks nothing before checking', () => {
    expect(choiceViews('unanswered', choices).map((v) => v.mark)).toEqual([null, null, null, null]);
  });

  it('after a wrong check marks only what was picked, right or wrong', () => {
    expect(choiceViews('wrong', choices).map((v) => v.mark)).toEqual(['right', 'wrong', null, null]);
  });

  it('after a right check or a reveal marks every choice', () => {
    for (const state of ['right', 'revealed'] as const) {
      expect(choiceViews(state, choices).map((v) => v.mark)).toEqual(['right', 'wrong', 'right', 'wrong']);
    }
  });

  it('spells each mark out, saying which choices were the learner\'s', () => {
    const views = choiceViews('revealed', choices);
    expect(views.map((view) => verdict(view, ui))).toEqual(['Correct, your choice.', 'Incorrect, your choice.', 'Correct.', 'Incorrect.']);
    expect(verdict({ mark: null, picked: true }, ui)).toBe('');
  });
});

describe('controlsView', () => {
  it('offers Check and Show answer while answering', () => {
    expect(controlsView('unanswered', ui)).toMatchObject({ check: true, retry: false, reveal: true, outcome: false });
  });

  it('offers Try again and Show answer after a wrong check, without the explanation', () => {
    expect(controlsView('wrong', ui)).toEqual({ check: false, retry: true, retryLabel: 'Try again', reveal: true, outcome: false });
  });

  it('shows the explanation after a right check or a reveal, and offers to answer again', () => {
    for (const state of ['right', 'revealed'] as const) {
      expect(controlsView(state, ui)).toEqual({ check: false, retry: true, retryLabel: 'Answer again', reveal: false, outcome: true });
    }
  });
});

describe('messages', () => {
  it('announce the result of a check', () => {
    expect(resultMessage('right', 'single', true, ui)).toBe('Correct. The explanation follows.');
    expect(resultMessage('right', 'text', false, ui)).toBe('Correct.');
    expect(resultMessage('revealed', 'number', false, ui)).toBe('Answer shown.');
    expect(resultMessage('wrong', 'single', true, ui)).toMatch(/^Not quite: your choice is marked/);
    expect(resultMessage('wrong', 'multiple', true, ui)).toMatch(/not exactly the right set/);
    expect(resultMessage('wrong', 'number', true, ui)).toBe('Not quite. Try again, or show the answer.');
    expect(resultMessage('unanswered', 'single', true, ui)).toBe('');
  });

  it('say what to do when there is nothing to check', () => {
    expect(emptyMessage('single', ui)).toBe('Choose an answer first.');
    expect(emptyMessage('multiple', ui)).toBe('Select at least one choice first.');
    expect(emptyMessage('text', ui)).toBe('Type an answer first.');
    expect(emptyMessage('number', ui)).toMatch(/^Type a number first/);
  });

  it('tell a returning learner how a question was left', () => {
    expect(earlierMessage('right', ui)).toBe('Last time: answered correctly.');
    expect(earlierMessage('wrong', ui)).toBe('Last time: not yet answered correctly.');
    expect(earlierMessage('revealed', ui)).toBe('Last time: answer shown.');
    expect(earlierMessage(undefined, ui)).toBe('');
  });
});

describe('hints', () => {
  it('label the button with the next hint, then say all are shown', () => {
    expect([0, 1, 2, 3].map((shown) => hintLabel(shown, 3, ui, 'en'))).toEqual(['Show hint 1 of 3', 'Show hint 2 of 3', 'Show hint 3 of 3', 'All hints shown']);
    expect([0, 1].map((shown) => hintLabel(shown, 1, ui, 'en'))).toEqual(['Show a hint', 'Hint shown']);
  });
});

describe('decks', () => {
  it('step within the deck and never past either end', () => {
    expect(stepIndex(0, 1, 4)).toBe(1);
    expect(stepIndex(3, 1, 4)).toBe(3);
    expect(stepIndex(0, -1, 4)).toBe(0);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });

  it('show the position as "3 / 12"', () => {
    expect(positionLabel(2, 12, 'en')).toBe('3 / 12');
    expect(positionLabel(2, 12, 'ar-EG')).toBe('٣ / ١٢');
  });
});
