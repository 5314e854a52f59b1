/**
 * Anki notes exported as text, read as Anki's own importer reads them (rslib
 * import_export/text/csv): headers, separators, quoting, HTML, Basic and Cloze notes.
 */
import { describe, expect, it } from 'vitest';
import { ankiRows } from '../../../src/interop/anki/csv.ts';
import { readHeader } from '../../../src/interop/anki/header.ts';
import type { Card, ImportResult } from '../../../src/interop/model.ts';
import { renderLesson } from '../../../src/interop/render.ts';
import { buildProblems, importText, onlyCheck, syntaxProblem } from './helpers.ts';

const anki = (text: string) => importText('anki', text, 'deck.txt');
const cards = (result: ImportResult): Card[] =>
  result.lessons.flatMap((lesson) => lesson.blocks.flatMap((block) => (block.kind === 'deck' ? block.cards : [])));

describe('header', () => {
  it.each([
    ['tab', '\t'],
    ['Comma', ','],
    ['semicolon', ';'],
    ['pipe', '|'],
    ['space', ' '],
    ['colon', ':'],
    ['|', '|'],
    [';', ';'],
    [' ', ' '],
  ])('reads #separator:%s', (value, delimiter) => {
    expect(readHeader(`#separator:${value}\na${delimiter}b\n`)).toMatchObject({ delimiter, delimiterGiven: true });
  });

  it('reads every directive', () => {
    expect(readHeader('#separator:tab\n#html:false\n#tags:a b\n#deck:Spanish\n#notetype:Basic\n#notetype column:2\n#deck column:3\n#tags column:9\n#guid column:1\nrow\n')).toEqual({
      delimiter: '\t',
      delimiterGiven: true,
      html: false,
      tags: ['a', 'b'],
      columns: [],
      deck: 'Spanish',
      notetype: 'Basic',
      notetypeColumn: 2,
      deckColumn: 3,
      tagsColumn: 9,
      guidColumn: 1,
    });
  });

  it('infers the separator as Anki does: the first of tab, pipe, semicolon, colon, comma, space in the text', () => {
    expect(readHeader('front,back;more\n').delimiter).toBe(';');
    expect(readHeader('front,back\n').delimiter).toBe(',');
    expect(readHeader('a\tb,c\n').delimiter).toBe('\t');
    expect(readHeader('# a comment: not a directive, with commas\nfront back\n').delimiter).toBe(' ');
    expect(readHeader('#separator:nonsense\nfront|back\n')).toMatchObject({ delimiter: '|', delimiterGiven: false });
  });

  it('reads old-style global tags on the first line', () => {
    expect(readHeader('tags:one two\nfront\tback\n').tags).toEqual(['one', 'two']);
  });
});

describe('rows', () => {
  it('reads quoted fields, doubled quotes, line breaks inside quotes, and skips comment lines anywhere', () => {
    expect(ankiRows('#separator:comma\n"a ""q"", b",c\n# comment\n"multi\nline",d\n\ne,', ',')).toEqual([
      { line: 2, fields: ['a "q", b', 'c'] },
      { line: 4, fields: ['multi\nline', 'd'] },
      { line: 7, fields: ['e', ''] },
    ]);
  });

  it('skips an old `tags:` first line', () => {
    expect(ankiRows('tags:x\na\tb', '\t')).toEqual([{ line: 2, fields: ['a', 'b'] }]);
  });
});

describe('Basic notes', () => {
  it('become flashcards in a deck, with HTML turned into Markdown', () => {
    const result = anki('What does <font color="#fd8008">lsblk</font> do?\tlist <b>block</b> devices<br>and more&nbsp;&lt;here&gt;\n');
    expect(cards(result)).toEqual([
      { id: expect.stringMatching(/^what-does-lsblk-do-[0-9a-f]{6}$/), line: 1, front: 'What does lsblk do?', back: 'list **block** devices\\\nand more\u00a0\\<here>' },
    ]);
    expect(result.lessons[0]).toMatchObject({ title: 'Deck', description: 'Imported from the Anki notes in deck.txt.' });
  });

  it('keep text as text when the file says #html:false', () => {
    const result = anki('#separator:tab\n#html:false\nWhat is <b>?\ta {tag}\n');
    expect(cards(result)[0]).toMatchObject({ front: 'What is <b>?', back: 'a \\{tag\\}' });
  });

  it('take their deck, tags and guid from the columns the header names', () => {
    const result = anki('#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\nD?H@y-%%r\tBasic\tLang::Spanish\thola\thello\tes greeting\nabc\tBasic\tDefault\tadiós\tbye\t\n');
    const lesson = result.lessons[0]!;
    expect(lesson.tags).toEqual(['es', 'greeting']);
    expect(lesson.blocks.map((block) => (block.kind === 'heading' ? block.text : block.kind))).toEqual(['Lang / Spanish', 'deck', 'Default', 'deck']);
    expect(cards(result).map((card) => card.id)).toEqual([expect.stringMatching(/^d-h-y-r-[0-9a-f]{6}$/), 'abc']);
  });

  it('without a notetype column, take the two first columns as fields and the next as tags (Basic)', () => {
    const result = anki('docker login\tLog into the Docker Hub\tdocker cli\n');
    expect(cards(result)[0]).toMatchObject({ front: 'docker login', back: 'Log into the Docker Hub' });
    expect(result.lessons[0]?.tags).toEqual(['docker', 'cli']);
  });

  it('count the columns of every row, where Anki counts only the first row', () => {
    const result = anki('# questions\nNo answer yet\nQ2\tA2\n');
    expect(cards(result).map((card) => card.back)).toEqual(['A2']);
    expect(result.skipped).toEqual([{ file: 'deck.txt', line: 2, what: 'Basic note', reason: 'the back is empty' }]);
  });

  it('list a side that is only an image as not converted, and report other images', () => {
    const result = anki('<img src="paste-1.jpg">\tTowel\nWhat?\tThis <img src="x.png">\n');
    expect(result.skipped[0]).toMatchObject({ line: 1, reason: 'the front is only an image, and image files are not imported' });
    expect(cards(result)[0]?.back).toBe('This \\[image: x.png]');
    expect(result.losses[0]).toMatchObject({ line: 2, reason: 'image x.png is not imported (no file); its name stands in for it' });
  });

  it('read Markdown note types as Markdown', () => {
    const result = anki('#separator:tab\n#html:true\n#notetype column:1\nKaTeX and Markdown Basic\tIn the `ln -s` command?\t```bash<br>$ ln -s &lt;file&gt; &lt;link&gt;<br>```\n');
    expect(cards(result)[0]).toMatchObject({ front: 'In the ln -s command?', back: '```bash\n$ ln -s <file> <link>\n```' });
  });
});

describe('Cloze notes', () => {
  it('become one question with a blank per deletion, hints and the extra field as explanation', () => {
    const result = anki('#separator:tab\n#notetype column:1\nCloze\tThe {{c1::mitochondria::organelle}} makes {{c2::<b>ATP</b>}}.\tSee biology.\n');
    expect(onlyCheck(result)).toMatchObject({
      kind: 'blanks',
      blanks: [{ accept: ['mitochondria'] }, { accept: ['ATP'] }],
      hints: ['Blank 1: organelle'],
      explanation: 'See biology.',
    });
    expect(renderLesson(result.lessons[0]!)).toContain('The <Blank accept={["mitochondria"]} /> makes <Blank accept={["ATP"]} />.');
  });

  it('are recognised by their deletions when the file names no note type', () => {
    expect(onlyCheck(anki('Paris is the capital of {{c1::France}}.\t\n')).kind).toBe('blanks');
  });
});

it('writes lessons that parse and pass the self-check rules', () => {
  const result = anki('#separator:tab\n#html:true\n#notetype column:1\nBasic\t"Say ""{hi}"" <i>now</i>"\t<div>a &lt; b</div>\nCloze\t{{c1::x}} &amp; y\t\n');
  const lesson = result.lessons[0]!;
  expect(syntaxProblem(lesson)).toBeUndefined();
  expect(buildProblems([lesson])).toEqual([]);
});
