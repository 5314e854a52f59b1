import { describe, expect, it } from 'vitest';
import { answerList, revealedChoices, revealedTyped, wrongPicks } from '../../../src/checks/client/announce';
import { resultMessage } from '../../../src/checks/client/view-state';
import { en } from '../../../src/i18n/en';

const ui = en.learner;

describe('announcements that say what a sighted learner sees', () => {
  it('name the right choice, or every right one, once the answer is shown', () => {
    expect(revealedChoices(['Mercury'], ui, 'en')).toBe('Answer shown. The right answer is “Mercury”.');
    expect(revealedChoices(['2', '3', '5'], ui, 'en')).toBe('Answer shown. The right answers are “2”, “3”, and “5”.');
    expect(revealedTyped('88 ± 0.5', ui, 'en')).toBe('Answer shown. The expected answer is “88 ± 0.5”.');
  });

  it('join answers as the guide’s language does, with spaces inside an answer collapsed', () => {
    expect(answerList([' Take it\n out ', 'Keep it'], ui, 'en')).toBe('“Take it out” and “Keep it”');
    expect(answerList(['a', 'b', 'c'], ui, 'ru')).toBe('“a”, “b” и “c”');
  });

  it('say how many picks were wrong, or that a right one is missing', () => {
    expect(wrongPicks(1, 2, ui, 'en')).toMatch(/^Not quite: 1 of your choices is wrong\./);
    expect(wrongPicks(2, 3, ui, 'en')).toMatch(/^Not quite: 2 of your choices are wrong\./);
    expect(wrongPicks(0, 2, ui, 'en')).toMatch(/^Not quite: the choices you picked are right, but not all the right ones are picked\./);
  });

  it('replace the plain verdict, and keep the note that the explanation follows', () => {
    const said = revealedChoices(['Mercury'], ui, 'en');
    expect(resultMessage('revealed', 'single', true, en.question, said)).toBe(`${said} The explanation follows.`);
    expect(resultMessage('wrong', 'multiple', true, en.question, 'Two are wrong.')).toBe('Two are wrong.');
    expect(resultMessage('right', 'multiple', true, en.question, 'ignored')).toBe('Correct. The explanation follows.');
  });
});
