import { describe, expect, it } from 'vitest';
import { surveyProblems } from './helpers';

const fix = (code: string) =>
  `To show the braces, write \`\\{${code}}\` (or put it in backticks as code). To run JavaScript in lessons on purpose, set \`expressions: true\` in \`_guide.yaml\`.`;

describe('what the author wrote is what ships', () => {
  it('reports an expression in prose, with the line, the column and the fix', () => {
    expect(surveyProblems('A set literal looks like {1, 2, 3} in Python.\n')).toEqual([
      `1:26 MDX runs \`{1, 2, 3}\` as JavaScript, so the page would show its result instead of what you wrote. -> ${fix('1, 2, 3')}`,
    ]);
  });

  it('reports an undefined name the same way, rather than failing to render', () => {
    expect(surveyProblems('Pick a {fruit}.\n')).toEqual([
      `1:8 MDX runs \`{fruit}\` as JavaScript, so the page would show its result instead of what you wrote. -> ${fix('fruit')}`,
    ]);
  });

  it('finds expressions in stems, choices and card backs too', () => {
    const source = '<Question id="q">\nIs {1, 2} a set?\n\n<Choice correct>Yes, {1, 2}</Choice>\n<Choice>No</Choice>\n</Question>\n\n<Flashcard id="c" front="Set?">\nLike {3}\n</Flashcard>\n';
    expect(surveyProblems(source).map((p) => p.split(' MDX')[0])).toEqual(['2:4', '4:22', '9:6']);
  });

  it('reports a line that MDX would run as an import or export', () => {
    expect(surveyProblems('Intro.\n\nexport const year = 2020\n')).toEqual([
      '3:1 MDX runs a line that starts with `import` or `export` as JavaScript, so `export const year = 2020` would not show as text. -> To show it as text, start the paragraph with another word, or put it in backticks. To run JavaScript in lessons on purpose, set `expressions: true` in `_guide.yaml`.',
    ]);
  });

  it('allows comments, escaped braces, braces in code, and attributes of components', () => {
    const source = 'A {/* note */} set \\{1, 2} and `{1, 2}`.\n\n```py\nx = {1, 2}\n```\n\n<Flashcard id="c" front="What is `{}`?">An empty dict.</Flashcard>\n\n<img src="/x.svg" alt={"a"} />\n';
    expect(surveyProblems(source).filter((p) => p.includes('JavaScript'))).toEqual([]);
  });

  it('lets a guide that opts in run expressions', () => {
    expect(surveyProblems('Two is {1 + 1}.\n\nexport const x = 1\n', { expressions: true })).toEqual([]);
  });
});
