import { describe, expect, it } from 'vitest';
import { sortProblems, type Problem } from '../../../src/lib/problems';
import { formatReport } from '../../../src/lib/report';

const problem = (file: string, line: number, column: number, message: string, extra: Partial<Problem> = {}): Problem => ({ file, line, column, message, ...extra });

describe("the guide's report", () => {
  it('names files relative to the guide, and the guide once, as the author typed it', () => {
    const report = formatReport([problem('../my-guide/basics/a.mdx', 3, 1, 'Broken.', { fix: 'Mend it.' }), problem('../my-guide/_guide.yaml', 2, 1, 'Unknown.')], {
      root: '/home/me/mnemo',
      guide: '/home/me/my-guide',
      cwd: '/home/me',
    });
    expect(report).toBe('Mnemo found 2 problems in the guide in my-guide/:\n\n_guide.yaml:2:1: Unknown.\n\nbasics/a.mdx:3:1: Broken.\n    -> Mend it.\n');
  });

  it('names the guide by its full path when it is outside the working folder, and a folder problem by the guide', () => {
    expect(formatReport([problem('../g', 0, 0, 'The guide has no lessons.')], { root: '/w/mnemo', guide: '/w/g', cwd: '/elsewhere' })).toBe(
      'Mnemo found 1 problem in the guide in /w/g/:\n\n/w/g/: The guide has no lessons.\n',
    );
  });

  it('lists a consequence right after its cause', () => {
    const sorted = sortProblems([
      problem('a.mdx', 5, 1, 'no choice is correct', { cause: { line: 8, column: 9 } }),
      problem('a.mdx', 9, 1, 'later'),
      problem('a.mdx', 8, 9, 'typo'),
      problem('a.mdx', 5, 11, 'bad id'),
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['bad id', 'typo', 'no choice is correct', 'later']);
  });
});
