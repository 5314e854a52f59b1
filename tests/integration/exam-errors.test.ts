import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { makeGuide } from '../unit/content/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** Build output without terminal colours. */
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

/** A lesson with `n` one-line choice questions whose ids start with `prefix`. */
function lesson(title: string, prefix: string, n: number, tags: string[] = []): string {
  const questions = Array.from({ length: n }, (_, i) => `<Question id="${prefix}-${i + 1}">\nPick ${i + 1}.\n\n<Choice correct>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n`);
  return `---\ntitle: ${title}\n${tags.length ? `tags: [${tags.join(', ')}]\n` : ''}---\n\nText.\n\n${questions.join('\n')}`;
}

/** Builds a guide that must fail and returns every problem line of its report, in order. */
async function problems(files: Record<string, string>): Promise<string> {
  const { content } = makeGuide(files);
  const out = mkdtempSync(join(tmpdir(), 'mnemo-out-'));
  const result = await buildSite({ root: ROOT, content, out, base: '/guide/' });
  expect(result.ok).toBe(false);
  const output = plain(result.output);
  const start = output.indexOf('Mnemo found');
  expect(start).toBeGreaterThan(-1);
  // The guide sits in a temporary folder, so paths are shown relative to it; the report ends
  // where Astro's own trailer starts.
  // Paths are relative to the guide's folder, which the first line names.
  return output.slice(start).split(/\n\s*Stack trace:/)[0]!.replace(/^(Mnemo found \d+ problems? in the guide) in \S+:$/m, '$1:').trimEnd();
}

const GUIDE = {
  'releasing/canary.mdx': lesson('Canary', 'canary', 4, ['safety']),
  'foundations/basics.mdx': lesson('Basics', 'basic', 3),
};

describe('an invalid `exam` block stops the build and says what to write', () => {
  it('reports settings that are unknown or of the wrong type, each on its own line', async () => {
    const report = await problems({
      ...GUIDE,
      'exams/final.mdx': '---\ntitle: Final\nexam:\n  questions: 0\n  timeLimt: 45\n  passMark: 70%\n  from: releasing\n---\n\nAnswer everything.\n',
    });
    expect(report).toBe(
      [
        'Mnemo found 4 problems in the guide:',
        '',
        'exams/final.mdx:4:3: `exam.questions` must be a whole number of at least 1, not the number 0.',
        '    -> Write how many questions to draw, e.g. `questions: 30`.',
        '',
        'exams/final.mdx:5:3: Unknown `exam` setting `timeLimt`.',
        '    -> Did you mean `timeLimit`? Write `timeLimit:` instead of `timeLimt:`.',
        '',
        'exams/final.mdx:6:3: `exam.passMark` must be a percentage from 0 to 100, not the text "70%".',
        '    -> Write the number without the % sign: `passMark: 70`.',
        '',
        'exams/final.mdx:7:3: `exam.from` must be a list of section folders or tags, not the text "releasing".',
        '    -> Write it as a list: `from: [releasing]`.',
      ].join('\n'),
    );
  }, 90_000);

  it('reports a `from` that names nothing and pools too small, once every lesson has compiled', async () => {
    const report = await problems({
      ...GUIDE,
      'exams/a-final.mdx': '---\ntitle: Final\nexam:\n  questions: 6\n  from: [relasing, foundations]\n---\n\nAnswer everything.\n',
      'exams/b-safety.mdx': '---\ntitle: Safety\nexam:\n  questions: 9\n  from: [safety]\n---\n\nAnswer everything.\n',
      'exams/c-own.mdx': `${lesson('Own', 'own', 3).replace('---\n\n', 'exam:\n  questions: 2\n---\n\n')}`,
    });
    expect(report).toBe(
      [
        'Mnemo found 4 problems in the guide:',
        '',
        'exams/a-final.mdx:4:3: This exam asks for 6 questions, but its pool holds only 3: 3 from `relasing`, `foundations` and 0 written on this exam page.',
        '    -> Lower `questions` to 3, widen `from` or write more questions; questions written on the exam page are always included and count toward `questions`.',
        '',
        'exams/a-final.mdx:5:10: `exam.from` entry `relasing` is neither a section nor a tag of this guide.',
        '    -> Did you mean `releasing`? Write `releasing` instead of `relasing`.',
        '',
        'exams/b-safety.mdx:4:3: This exam asks for 9 questions, but its pool holds only 4: 4 from `safety` and 0 written on this exam page.',
        '    -> Lower `questions` to 4, widen `from` or write more questions; questions written on the exam page are always included and count toward `questions`.',
        '',
        'exams/c-own.mdx:4:3: This exam page holds 3 questions of its own, more than `questions: 2`; its own questions are always included.',
        '    -> Raise `questions` to at least 3, or move some of the page\'s questions into a lesson.',
      ].join('\n'),
    );
  }, 90_000);
});
