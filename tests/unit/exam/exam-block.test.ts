import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';
import { loadGuide } from '../../../src/lib/content/model';
import { formatProblem } from '../../../src/lib/problems';
import { makeGuide } from '../content/helpers';

const FILE = 'content/exams/final.mdx';
const read = (front: string) => readFrontmatter(`---\ntitle: Final\n${front}\n---\n\nInstructions.\n`, FILE);
const problems = (front: string) => read(front).problems.map(formatProblem);

describe('the `exam` frontmatter block', () => {
  it('reads every setting, with defaults and the lines of `questions` and each `from` entry', () => {
    const { data, problems } = read('exam:\n  questions: 30\n  from:\n    - foundations\n    - releasing\n  timeLimit: 40');
    expect(problems).toEqual([]);
    expect(data.exam).toEqual({
      questions: 30,
      from: ['foundations', 'releasing'],
      timeLimit: 40,
      passMark: 70,
      at: { block: { line: 3, column: 1 }, questions: { line: 4, column: 3 }, from: [{ line: 6, column: 7 }, { line: 7, column: 7 }] },
    });
  });

  it('accepts the one-line form; without `from` and `timeLimit` the exam is untimed over the whole guide', () => {
    const { data, problems } = read('exam: { questions: 10, passMark: 80 }');
    expect(problems).toEqual([]);
    expect(data.exam).toMatchObject({ questions: 10, passMark: 80 });
    expect(data.exam).not.toHaveProperty('from');
    expect(data.exam).not.toHaveProperty('timeLimit');
  });

  it('treats settings left empty as absent, except `questions`', () => {
    expect(read('exam:\n  questions: 5\n  timeLimit:\n  passMark:').data.exam).toMatchObject({ questions: 5, passMark: 70 });
    expect(read('exam:\n  questions: 5\n  timeLimit:').data.exam).not.toHaveProperty('timeLimit');
    expect(problems('exam:\n  questions:')).toEqual([
      'content/exams/final.mdx:4:3: `exam.questions` must be a whole number of at least 1, not nothing.\n    -> Write how many questions to draw, e.g. `questions: 30`.',
    ]);
  });

  it('reports a missing `questions` on the `exam:` line', () => {
    expect(problems('exam:\n  timeLimit: 45')).toEqual([
      'content/exams/final.mdx:3:1: The `exam` block has no `questions`: how many questions to draw.\n    -> Write how many questions to draw, e.g. `questions: 30`.',
    ]);
  });

  it('reports each bad value on the line of its setting, all at once', () => {
    expect(problems('exam:\n  questions: 2.5\n  from: []\n  timeLimit: 0\n  passMark: 170')).toEqual([
      'content/exams/final.mdx:4:3: `exam.questions` must be a whole number of at least 1, not the number 2.5.\n    -> Write how many questions to draw, e.g. `questions: 30`.',
      'content/exams/final.mdx:5:3: `exam.from` must be a list of section folders or tags, not an empty list.\n    -> Write e.g. `from: [foundations, releasing]`, or leave `from` out to draw from the whole guide.',
      'content/exams/final.mdx:6:3: `exam.timeLimit` must be a number of minutes above 0, not the number 0.\n    -> Write e.g. `timeLimit: 45` (minutes), or leave `timeLimit` out for an untimed exam.',
      'content/exams/final.mdx:7:3: `exam.passMark` must be a percentage from 0 to 100, not the number 170.\n    -> Write e.g. `passMark: 70`.',
    ]);
  });

  it('gives a tailored fix for a single `from` text, a `%` pass mark and text where a number belongs', () => {
    expect(problems('exam:\n  questions: thirty\n  from: releasing\n  passMark: 70%\n  timeLimit: 45 minutes')).toEqual([
      'content/exams/final.mdx:4:3: `exam.questions` must be a whole number of at least 1, not the text "thirty".\n    -> Write how many questions to draw, e.g. `questions: 30`.',
      'content/exams/final.mdx:5:3: `exam.from` must be a list of section folders or tags, not the text "releasing".\n    -> Write it as a list: `from: [releasing]`.',
      'content/exams/final.mdx:6:3: `exam.passMark` must be a percentage from 0 to 100, not the text "70%".\n    -> Write the number without the % sign: `passMark: 70`.',
      'content/exams/final.mdx:7:3: `exam.timeLimit` must be a number of minutes above 0, not the text "45 minutes".\n    -> Write e.g. `timeLimit: 45` (minutes), or leave `timeLimit` out for an untimed exam.',
    ]);
  });

  it('rejects `from` entries that are not texts', () => {
    expect(problems('exam:\n  questions: 3\n  from: [basics, 2024]')).toEqual([
      'content/exams/final.mdx:5:3: `exam.from` must be a list of section folders or tags, not a list holding the number 2024.\n    -> Write e.g. `from: [foundations, releasing]`, or leave `from` out to draw from the whole guide.',
    ]);
  });

  it('suggests the setting a typo means, and fails on other unknown settings', () => {
    expect(problems('exam:\n  questions: 30\n  pasMark: 80\n  timelimit: 45\n  time: 45')).toEqual([
      'content/exams/final.mdx:5:3: Unknown `exam` setting `pasMark`.\n    -> Did you mean `passMark`? Write `passMark:` instead of `pasMark:`.',
      'content/exams/final.mdx:6:3: Unknown `exam` setting `timelimit`.\n    -> Did you mean `timeLimit`? Write `timeLimit:` instead of `timelimit:`.',
      'content/exams/final.mdx:7:3: Unknown `exam` setting `time`.\n    -> The `exam` block takes: questions, from, timeLimit, passMark.',
    ]);
    expect(read('exam:\n  questions: 30\n  pasMark: 80').data.exam).toBeUndefined();
  });

  it('rejects an `exam` that is not a block of settings', () => {
    expect(problems('exam: 30')).toEqual([
      'content/exams/final.mdx:3:1: `exam` must be a block of settings, not the number 30.\n    -> Write the settings indented under `exam:`, at least `questions`, e.g. `exam: { questions: 30, timeLimit: 45 }`.',
    ]);
    expect(problems('exam:')).toEqual([
      'content/exams/final.mdx:3:1: The `exam` block is empty.\n    -> Write the settings indented under `exam:`, at least `questions`, e.g. `exam: { questions: 30, timeLimit: 45 }`.',
    ]);
  });

  it('suggests `exam` for a typo of the key itself', () => {
    expect(problems('exma:\n  questions: 3')).toEqual([
      'content/exams/final.mdx:3:1: Unknown frontmatter key `exma`.\n    -> Did you mean `exam`? Write `exam:` instead of `exma:`.',
    ]);
  });

  it('puts the block on the lesson, and fails the guide on a bad one', () => {
    const page = (front: string) => `---\ntitle: Exam\n${front}\n---\n\nRead each question carefully.\n`;
    const good = makeGuide({ 'exam.mdx': page('exam:\n  questions: 2'), 'intro.mdx': page('') });
    const guide = loadGuide(good.content, good.root);
    expect(guide.problems).toEqual([]);
    expect(guide.lessons.map((l) => l.exam?.questions)).toEqual([2, undefined]);
    const bad = makeGuide({ 'exam.mdx': page('exam:\n  questions: 0') });
    expect(loadGuide(bad.content, bad.root).problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/exam.mdx:4']);
  });
});
