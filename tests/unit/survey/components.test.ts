import { describe, expect, it } from 'vitest';
import { surveyProblems } from './helpers';

describe('components that would not render as meant', () => {
  it('stops a self-check in a plain .md lesson, once per file, saying to rename it', () => {
    const source = 'Intro.\n\n<Question id="q">\nWhich?\n\n<Choice correct>Yes</Choice>\n<Choice>No</Choice>\n</Question>\n';
    expect(surveyProblems(source, { format: 'md' })).toEqual([
      '3:1 This `.md` lesson uses `<Question>` (and 2 more self-check tags), which only `.mdx` lessons understand: as it is, readers would see the tags, and the answers, as text. -> Rename `intro.md` to `intro.mdx`.',
    ]);
  });

  it('leaves HTML, braces and angle brackets in a .md lesson alone', () => {
    expect(surveyProblems('A <kbd>Ctrl</kbd> and {braces} and <question> in lower case, 1 < 2.\n', { format: 'md' })).toEqual([]);
  });

  it('names the closest component for an unknown one in an .mdx lesson', () => {
    expect(surveyProblems('<Questoin>\nWhat?\n</Questoin>\n\n<Widget />\n')).toEqual([
      '1:1 Mnemo has no component `<Questoin>`. -> Did you mean `<Question>`?',
      '5:1 Mnemo has no component `<Widget>`. -> Lessons can use `<Question>`, `<Choice>`, `<Answer>`, `<Step>`, `<Pair>`, `<Blank>`, `<Hint>`, `<Explanation>`, `<Flashcard>`, `<Deck>` and HTML elements. For a literal `<` in prose write `\\<` or `&lt;`.',
    ]);
  });

  it('leaves HTML elements in an .mdx lesson alone', () => {
    expect(surveyProblems('<details>\n<summary>More</summary>\n\nText.\n</details>\n')).toEqual([]);
  });
});
