import { describe, expect, it } from 'vitest';
import { withoutQuestions } from '../../../src/exam/build/instructions';
import { renderQuestion } from '../../../src/checks/render/question';
import { en } from '../../../src/i18n/en';

const ctx = { store: 'mnemo:progress:/', shuffle: false, lang: 'en', ui: { question: en.question, card: en.card, kinds: en.kinds } };
const question = renderQuestion(
  { kind: 'single', id: 'own-1', lesson: 'exams/final', file: 'exams/final.mdx', line: 5, stem: 'Why?', hints: ['Think'], explanation: 'Because.', choices: [{ text: 'A', correct: true }, { text: 'B', correct: false, feedback: 'No </mnemo-question> here' }] },
  { stem: '<p>Why <code>&lt;/mnemo-question&gt;</code>?</p>', choices: ['A', 'B'], hints: ['<p>Think</p>'], explanation: '<p>Because.</p>' },
  ctx,
);

describe('an exam page’s instructions', () => {
  it('keep the prose and drop every question written on the page', () => {
    const html = `<h2 id="rules">Rules</h2><p>Answer all.</p>${question}<p>Good luck.</p>${question.replaceAll('own-1', 'own-2')}`;
    expect(withoutQuestions(html)).toBe('<h2 id="rules">Rules</h2><p>Answer all.</p><p>Good luck.</p>');
  });

  it('are left as they are without questions', () => {
    expect(withoutQuestions('<p>Only prose.</p>')).toBe('<p>Only prose.</p>');
  });
});
