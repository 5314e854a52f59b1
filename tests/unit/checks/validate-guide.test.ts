import { describe, expect, it } from 'vitest';
import { blankFrontmatter } from '../../../src/checks/build/parse-lesson';
import { validateLessonSources } from '../../../src/checks/build/validate-guide';
import { show } from './helpers';

const question = (id: string) => `<Question id="${id}">\nWhat?\n\n<Answer number={1} />\n</Question>\n`;
const frontmatter = '---\ntitle: A lesson\ntags:\n  - x\n---\n\n';

describe('validateLessonSources', () => {
  it('reports an id used in two lessons once, at the later place, naming the first', () => {
    const { problems } = validateLessonSources([
      { file: 'content/a.mdx', lesson: 'a', source: `${frontmatter}# A\n\n${question('drift')}` },
      { file: 'content/b.mdx', lesson: 'b', source: `Intro.\n\n<Flashcard id="drift" front="f">b</Flashcard>\n` },
    ]);
    expect(problems).toEqual([
      {
        file: 'content/b.mdx',
        line: 3,
        column: 12,
        message: 'Duplicate id `drift`: also used at content/a.mdx:9.',
        fix: 'Rename one of them, e.g. `id="drift-2"`; ids must be unique across the whole guide.',
      },
    ]);
  });

  it('reports each later duplicate and does not repeat a duplicate inside one lesson', () => {
    const { problems } = validateLessonSources([
      { file: 'content/a.mdx', lesson: 'a', source: question('x') },
      { file: 'content/b.mdx', lesson: 'b', source: `${question('x')}\n${question('x')}` },
    ]);
    expect(problems.map((p) => `${p.file} ${show(p)}`)).toEqual([
      'content/b.mdx 1:11 Duplicate id `x`: also used at content/a.mdx:1. -> Rename one of them, e.g. `id="x-2"`; ids must be unique across the whole guide.',
      'content/b.mdx 7:11 Duplicate id `x`: also used at content/b.mdx:1. -> Rename one of them, e.g. `id="x-2"`; ids must be unique across the whole guide.',
    ]);
  });

  it('keeps line numbers of the file despite the frontmatter', () => {
    const { problems, checks } = validateLessonSources([
      { file: 'content/a.mdx', lesson: 'a', source: `${frontmatter}<Choice>stray</Choice>\n\n${question('ok')}` },
    ]);
    expect(problems.map(show)).toEqual([
      '7:1 `<Choice>` must be directly inside a `<Question>`, but it is at lesson level. -> Move it between `<Question>` and `</Question>`, after the question text.',
    ]);
    expect(checks.map((c) => [c.id, c.line])).toEqual([['ok', 9]]);
  });

  it('reports an MDX syntax error at its line with a fix, and still checks other lessons', () => {
    const { problems } = validateLessonSources([
      { file: 'content/a.mdx', lesson: 'a', source: `${frontmatter}Sets look like {1, 2.\n` },
      { file: 'content/b.mdx', lesson: 'b', source: 'x\n\n<Hint>h</Hint>\n' },
      { file: 'content/c.mdx', lesson: 'c', source: '# C\n\n<Question>\nWhat?\n' },
      { file: 'content/d.mdx', lesson: 'd', source: '# D\n\nIf a <3 b then\n' },
    ]);
    expect(problems.map((p) => `${p.file} ${show(p)}`)).toMatchInlineSnapshot(`
      [
        "content/a.mdx 7:22 This is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` -> In MDX \`{\` starts a JavaScript expression. For a literal brace in prose write \`\\{\`, or put the text in inline code (\`\` \`{like this}\` \`\`).",
        "content/b.mdx 3:1 \`<Hint>\` must be directly inside a \`<Question>\`, but it is at lesson level. -> Move it between \`<Question>\` and \`</Question>\`, after the question text.",
        "content/c.mdx 3:1 This is not valid MDX: Expected a closing tag for \`<Question>\` (3:1-3:11) -> Close every tag with its matching closing tag (\`<Question>\` ... \`</Question>\`), in the order they were opened, or self-close it (\`<Answer ... />\`, \`<br />\`).",
        "content/d.mdx 3:7 This is not valid MDX: Unexpected character \`3\` (U+0033) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` -> In MDX \`<\` starts a tag. For a literal \`<\` in prose write \`\\<\` or \`&lt;\`, or put the text in inline code; write comments as \`{/* ... */}\`.",
      ]
    `);
  });

  it('returns a manifest row per question and flashcard, in document order', () => {
    const { checks } = validateLessonSources([
      { file: 'content/a.mdx', lesson: 'a', source: `${question('one')}\n<Flashcard id="two" front="F">b</Flashcard>\n` },
      { file: 'content/b.mdx', lesson: 'b', source: question('three') },
    ]);
    expect(checks.map((c) => `${c.file}:${c.line} ${c.id} ${c.kind}`)).toEqual([
      'content/a.mdx:1 one number',
      'content/a.mdx:7 two flashcard',
      'content/b.mdx:1 three number',
    ]);
  });
});

describe('blankFrontmatter', () => {
  it('replaces the frontmatter with as many empty lines', () => {
    expect(blankFrontmatter('---\na: 1\nb: 2\n---\nText\n')).toBe('\n\n\n\nText\n');
    expect(blankFrontmatter('\uFEFF---\r\na: 1\r\n---\r\nText')).toBe('\n\n\nText');
    expect(blankFrontmatter('---\n---\nText')).toBe('\n\nText');
  });

  it('leaves a file without frontmatter, or with a later thematic break, alone', () => {
    expect(blankFrontmatter('Text\n\n---\n\nMore\n')).toBe('Text\n\n---\n\nMore\n');
  });
});
