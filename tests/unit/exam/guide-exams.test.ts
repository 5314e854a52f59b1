import { describe, expect, it } from 'vitest';
import type { CheckSpec } from '../../../src/checks/schema';
import { examCheckLessons, examSelection, examSlugs, guideExamProblems } from '../../../src/exam/build/guide-exams';
import { practiceChoices } from '../../../src/exam/build/practice-choices';
import { loadGuide } from '../../../src/lib/content/model';
import { formatProblem } from '../../../src/lib/problems';
import { makeGuide } from '../content/helpers';

const lesson = (front: string) => `---\n${front}\n---\n\nText.\n`;
const question = (id: string, lesson: string): CheckSpec => ({ kind: 'single', id, lesson, file: '', line: 1, stem: id, hints: [], choices: [{ text: 'a', correct: true }, { text: 'b', correct: false }] });
const card = (id: string, lesson: string): CheckSpec => ({ kind: 'flashcard', id, lesson, file: '', line: 1, stem: id, back: 'b' });

function guide() {
  const { root, content } = makeGuide({
    'foundations/_section.yaml': 'title: Foundations\norder: 1\n',
    'foundations/basics.mdx': lesson('title: Basics\ntags: [core]'),
    'releasing/_section.yaml': 'title: Releasing\norder: 2\n',
    'releasing/advanced/flags.mdx': lesson('title: Flags\ntags: [safety, core]'),
    'releasing/notes.mdx': lesson('title: Notes'),
    'exams/final.mdx': lesson('title: Final\nexam:\n  questions: 3\n  from: [releasing/advanced, core]'),
  });
  return loadGuide(content, root);
}
const CHECKS = [question('basic-1', 'foundations/basics'), card('card-1', 'foundations/basics'), question('flag-1', 'releasing/advanced/flags'), question('flag-2', 'releasing/advanced/flags'), question('own-1', 'exams/final')];

describe('the build’s view of exam pages', () => {
  it('gives each lesson its questions, without flashcards', () => {
    const lessons = examCheckLessons(guide(), CHECKS);
    expect(lessons.find((l) => l.slug === 'foundations/basics')!.questions).toEqual(['basic-1']);
    expect(lessons.find((l) => l.slug === 'exams/final')!.exam?.questions).toBe(3);
  });

  it('finds no problem in a good exam, and reports a pool too small', () => {
    const g = guide();
    expect(guideExamProblems(g, CHECKS)).toEqual([]);
    expect(guideExamProblems(g, CHECKS.slice(0, 2)).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/exams\/final\.mdx:4:3: This exam asks for 3 questions, but its pool holds only 1/),
    ]);
  });

  it('resolves what an exam draws from, and lists the exam pages', () => {
    const g = guide();
    expect(examSelection(g, g.lessons.find((l) => l.exam)!)).toEqual({ sections: ['releasing/advanced'], tags: ['core'] });
    expect(examSelection(g, g.lessons[0]!)).toEqual({ sections: [], tags: [] });
    expect(examSlugs(g)).toEqual(['exams/final']);
  });

  it('offers the practice page the sections and topics that hold questions, exam pages left out', () => {
    const counts: Record<string, number> = { 'foundations/basics': 1, 'releasing/advanced/flags': 2, 'exams/final': 1 };
    expect(practiceChoices(guide(), (slug) => counts[slug] ?? 0)).toEqual({
      sections: [{ slug: 'foundations', title: 'Foundations', count: 1 }, { slug: 'releasing', title: 'Releasing', count: 2 }],
      tags: ['core', 'safety'],
      pool: 3,
    });
  });
});
