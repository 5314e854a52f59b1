import { describe, expect, it } from 'vitest';
import { checkExams, guidePool, resolveFrom, type ExamCheckLesson } from '../../../src/exam/build/exam-check';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';
import { formatProblem } from '../../../src/lib/problems';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
const lesson = (slug: string, questions: string[], tags: string[] = []): ExamCheckLesson => ({
  file: `content/${slug}.mdx`, slug, section: slug.split('/').slice(0, -1).join('/'), tags, questions,
});
/** An exam page whose block is read from YAML, so positions are real. */
function examPage(slug: string, yaml: string, questions: string[] = []): ExamCheckLesson {
  const front = readFrontmatter(`---\ntitle: Exam\n${yaml}\n---\n\nInstructions.\n`, `content/${slug}.mdx`);
  expect(front.problems).toEqual([]);
  return { ...lesson(slug, questions), exam: front.data.exam };
}

const SECTIONS = ['', 'foundations', 'releasing', 'releasing/advanced', 'exams'];
const GUIDE = [
  lesson('foundations/basics', ids('basic', 6), ['core']),
  lesson('releasing/canary', ids('canary', 4), ['safety']),
  lesson('releasing/advanced/flags', ids('flag', 3), ['safety', 'core']),
  lesson('exams/notes', []),
];
const check = (...exams: ExamCheckLesson[]) => checkExams([...GUIDE, ...exams], SECTIONS).map(formatProblem);

describe('the exam pool', () => {
  it('takes every question except those written on exam pages, in guide order', () => {
    const pool = guidePool([...GUIDE, examPage('exams/final', 'exam:\n  questions: 3', ['own-1'])]);
    expect(pool.map((q) => q.id)).toEqual([...ids('basic', 6), ...ids('canary', 4), ...ids('flag', 3)]);
    expect(pool[6]).toEqual({ id: 'canary-1', lesson: 'releasing/canary', section: 'releasing', tags: ['safety'] });
  });

  it('resolves `from` entries to sections, tags, both or nothing', () => {
    expect(resolveFrom(['releasing', 'core', 'nope'], ['releasing'], ['core', 'releasing'])).toEqual({
      sections: ['releasing'], tags: ['releasing', 'core'], unknown: [2],
    });
  });
});

describe('checking exam pages against the guide', () => {
  it('accepts exams whose pools hold enough, counting sub-sections, tags and the page’s own questions', () => {
    expect(check(
      examPage('exams/whole', 'exam:\n  questions: 13'),
      examPage('exams/releasing', 'exam:\n  questions: 7\n  from: [releasing]'),
      examPage('exams/own', 'exam:\n  questions: 11\n  from: [core, safety]', ['own-1', 'own-2']),
    )).toEqual([]);
  });

  it('reports a `from` entry that matches nothing on its own line, with the closest name', () => {
    expect(check(examPage('exams/final', 'exam:\n  questions: 3\n  from:\n    - foundations\n    - relasing\n    - saftey'))).toEqual([
      'content/exams/final.mdx:7:7: `exam.from` entry `relasing` is neither a section nor a tag of this guide.\n    -> Did you mean `releasing`? Write `releasing` instead of `relasing`.',
      'content/exams/final.mdx:8:7: `exam.from` entry `saftey` is neither a section nor a tag of this guide.\n    -> Did you mean `safety`? Write `safety` instead of `saftey`.',
    ]);
  });

  it('suggests the full address of a nested section named by its folder alone', () => {
    expect(check(examPage('exams/final', 'exam:\n  questions: 3\n  from: [foundations, advanced]'))).toEqual([
      'content/exams/final.mdx:5:23: `exam.from` entry `advanced` is neither a section nor a tag of this guide.\n    -> Did you mean `releasing/advanced`? Write `releasing/advanced` instead of `advanced`.',
    ]);
  });

  it('lists the sections and tags when nothing is close, and counts a pool that selects nothing as empty', () => {
    expect(check(examPage('exams/final', 'exam:\n  questions: 3\n  from: [kubernetes]'))).toEqual([
      'content/exams/final.mdx:5:10: `exam.from` entry `kubernetes` is neither a section nor a tag of this guide.\n    -> Name a section (`foundations`, `releasing`, `releasing/advanced`, `exams`) or a tag (`core`, `safety`), or leave `from` out to draw from the whole guide.',
      'content/exams/final.mdx:4:3: This exam asks for 3 questions, but its pool holds only 0: 0 from `kubernetes` and 0 written on this exam page.\n    -> Widen `from` or write more questions; questions written on the exam page are always included and count toward `questions`.',
    ]);
  });

  it('reports an exam asking for more than its pool holds, saying the page’s own questions count', () => {
    expect(check(examPage('exams/final', 'exam:\n  questions: 10\n  from: [releasing]', ['own-1', 'own-2']))).toEqual([
      'content/exams/final.mdx:4:3: This exam asks for 10 questions, but its pool holds only 9: 7 from `releasing` and 2 written on this exam page.\n    -> Lower `questions` to 9, widen `from` or write more questions; questions written on the exam page are always included and count toward `questions`.',
    ]);
    expect(check(examPage('exams/final', 'exam:\n  timeLimit: 40\n  questions: 30'))).toEqual([
      'content/exams/final.mdx:5:3: This exam asks for 30 questions, but its pool holds only 13: 13 from the whole guide and 0 written on this exam page.\n    -> Lower `questions` to 13 or write more questions; questions written on the exam page are always included and count toward `questions`.',
    ]);
  });

  it('does not let one exam draw another exam page’s own questions', () => {
    const other = examPage('exams/other', 'exam:\n  questions: 2', ['other-1', 'other-2']);
    expect(check(other, examPage('exams/final', 'exam:\n  questions: 14'))[0]).toContain('its pool holds only 13: 13 from the whole guide');
  });

  it('reports a page holding more questions of its own than the exam asks for', () => {
    expect(check(examPage('exams/final', 'exam:\n  questions: 2', ['own-1', 'own-2', 'own-3']))).toEqual([
      "content/exams/final.mdx:4:3: This exam page holds 3 questions of its own, more than `questions: 2`; its own questions are always included.\n    -> Raise `questions` to at least 3, or move some of the page's questions into a lesson.",
    ]);
  });
});
