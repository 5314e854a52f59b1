/**
 * Every GIFT question type, its options (weights, feedback, formats, escapes), and what cannot
 * be converted, imported as Moodle reads it.
 */
import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../src/interop/render.ts';
import { buildProblems, checksOf, importText, onlyCheck, syntaxProblem } from './helpers.ts';

const gift = (text: string) => importText('gift', text, 'quiz.gift');

describe('multiple choice', () => {
  it('imports one right answer with per-option feedback and the general feedback as explanation', () => {
    expect(onlyCheck(gift("Who's buried in Grant's tomb?{\n~Grant#No.\n=no one#Yes!\n####Nobody is.}"))).toEqual({
      kind: 'choice',
      id: expect.stringMatching(/^whos-buried-in-grants-tomb-[0-9a-f]{6}$/),
      line: 1,
      stem: "Who's buried in Grant's tomb?",
      choices: [
        { mdx: 'Grant', correct: false, feedback: 'No.' },
        { mdx: 'no one', correct: true, feedback: 'Yes!' },
      ],
      multiple: false,
      hints: [],
      explanation: 'Nobody is.',
    });
  });

  it('keeps only full credit right in a single-answer question, and reports partial credit', () => {
    const result = gift('Jesus Christ was from {~Jerusalem ~%25%Bethlehem ~%50%Galilee =Nazareth}');
    const check = onlyCheck(result);
    expect(check.kind === 'choice' && check.choices.map((c) => c.correct)).toEqual([false, false, false, true]);
    expect(result.losses.map((loss) => loss.reason)).toEqual([
      'the 25% partial credit of option "Bethlehem" is not kept: it counts as wrong',
      'the 50% partial credit of option "Galilee" is not kept: it counts as wrong',
    ]);
  });

  it('asks for every positive-weight option when no option has `=`', () => {
    const check = onlyCheck(gift('Continents?{~%33.33333%Africa ~%-100%China ~%33.33333%Asia ~%33.33333%Antarctica}'));
    expect(check).toMatchObject({ kind: 'choice', multiple: true });
    expect(check.kind === 'choice' && check.choices.map((c) => c.correct)).toEqual([true, false, true, true]);
  });

  it('shows the gap of a missing-word choice question', () => {
    expect(onlyCheck(gift('Grant is {~buried =entombed ~living} in Grant\'s tomb.')).stem).toBe("Grant is \\_\\_\\_\\_\\_ in Grant's tomb.");
  });

  it('does not import a question without a right option', () => {
    const result = gift('Pick {~a ~b}');
    expect(checksOf(result)).toEqual([]);
    expect(result.skipped).toEqual([{ file: 'quiz.gift', line: 1, what: 'multichoice question', reason: 'no option is right' }]);
  });
});

describe('short answer and numerical', () => {
  it('accepts every full-credit answer, with their feedback as explanation', () => {
    expect(onlyCheck(gift("Who's buried in Grant's tomb?{=no one#excellent! =nobody#excellent!}"))).toMatchObject({
      kind: 'typed',
      answer: { accept: ['no one', 'nobody'] },
      explanation: 'excellent!',
    });
  });

  it('turns the missing-word form into a blank in the stem', () => {
    const check = onlyCheck(gift('Two plus {=two =2} equals four.'));
    expect(check).toMatchObject({ kind: 'blanks', blanks: [{ accept: ['two', '2'] }] });
    expect(renderLesson(gift('Two plus {=two =2} equals four.').lessons[0]!)).toContain('Two plus <Blank accept={["two", "2"]} /> equals four.');
  });

  it.each([
    ['{#1822}', { number: 1822, tolerance: 0 }],
    ['{#3.1415:0.0005}', { number: 3.1415, tolerance: 0.0005 }],
    ['{#3.141..3.142}', { number: 3.1415, tolerance: 0.0005 }],
    ['{#-5..5}', { number: 0, tolerance: 5 }],
    ['{#\n=1822:0 #Right\n=%50%1822:2 #Close}', { number: 1822, tolerance: 0 }],
  ])('reads %s as a number and tolerance', (answer, expected) => {
    expect(onlyCheck(gift(`When? ${answer}`))).toMatchObject({ kind: 'typed', answer: expected });
  });

  it('keeps the first full-credit number and reports the others', () => {
    const result = gift('When was Grant born? {#\n=1822:0 #Right\n=%50%1822:2 #Close\n~#Wrong}');
    expect(onlyCheck(result).explanation).toBe('Right');
    expect(result.losses.map((loss) => loss.reason)).toEqual([
      'the feedback for other answers (`~#...`) is left out',
      'the 50% partial-credit answer 1822 ± 2 is left out',
    ]);
  });

  it('writes the gap as Moodle does, with no space before punctuation', () => {
    expect(onlyCheck(gift('Grant was born in {#1822}, right?')).stem).toBe('Grant was born in \uE0000\uE001, right?');
    expect(onlyCheck(gift('Jesus was from {~Jerusalem =Nazareth}.')).stem).toBe('Jesus was from \\_\\_\\_\\_\\_.');
  });

  it('trims the question text as Moodle does', () => {
    expect(onlyCheck(gift('Q\r\n{\r\n=a\r\n~b\r\n}')).stem).toBe('Q');
  });

  it('turns a missing-word number into a numeric blank', () => {
    expect(onlyCheck(gift('Pi is {#3.14:0.01} or so.'))).toMatchObject({ kind: 'blanks', blanks: [{ number: 3.14, tolerance: 0.01 }] });
  });
});

describe('matching, description, essay and categories', () => {
  it('imports pairs, and reports a question whose prompts repeat', () => {
    expect(onlyCheck(gift('Match.{=cat -> cat food =dog -> dog food}'))).toMatchObject({
      kind: 'pairs',
      pairs: [{ prompt: 'cat', mdx: 'cat food' }, { prompt: 'dog', mdx: 'dog food' }],
    });
    expect(gift('Match.{=a -> 1 =a -> 2 =b -> 3}').skipped[0]?.reason).toBe('two pairs share the prompt "a", and prompts must be unique');
  });

  it('imports a description as prose, lists an essay with its line, and imports the rest', () => {
    const result = gift('You may use paper.\n\n// essay\nWrite about it. {}\n\nTrue? {T}');
    expect(result.lessons[0]?.blocks.map((block) => block.kind)).toEqual(['prose', 'check']);
    expect(result.skipped).toEqual([
      { file: 'quiz.gift', line: 4, what: 'essay question', reason: 'an essay is graded by a teacher, and Mnemo has no open-answer question' },
    ]);
  });

  it('starts a section for each category', () => {
    const result = gift('$CATEGORY: $course$/top/Unit 1: Topic\n\nQ {T}');
    expect(result.lessons[0]?.blocks[0]).toEqual({ kind: 'heading', text: 'Unit 1: Topic' });
  });

  it('reports braces that do not pair up, and imports the rest', () => {
    const result = gift('Broken } here {\n\nFine {T}');
    expect(checksOf(result)).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({ line: 1, what: 'question' });
  });
});

describe('ids, tags, formats and escapes', () => {
  it('takes the id from `[id:]`, else the title, unique within the import', () => {
    const result = gift('// [id:393]\n::Named::A {T}\n\n::Named::B {T}\n\n::Named::C {T}');
    expect(checksOf(result).map((check) => check.id)).toEqual(['393', 'named', 'named-2']);
  });

  it('leaves the id of a question it cannot convert to the next one', () => {
    expect(checksOf(gift('::Named::Essay {}\n\n::Named::B {T}')).map((check) => check.id)).toEqual(['named']);
  });

  it('gives the lesson the tags of its questions', () => {
    const result = gift('// [tag:fred] [tag:barney-wilma]\nQ {T}');
    expect(result.lessons[0]?.tags).toEqual(['fred', 'barney-wilma']);
  });

  it.each([
    ['[html]<p>Who is <em>first</em>?</p>{=a ~b}', 'Who is *first*?'],
    ['[markdown]Who is **first**?{=a ~b}', 'Who is **first**?'],
    ['[plain]Who is **first**? <b>{=a ~b}', 'Who is \\*\\*first\\*\\*? \\<b>'],
    ['Who is\n<b>first</b>?{=a ~b}', 'Who is\\\n**first**?'],
  ])('reads %j in its format', (source, stem) => {
    expect(onlyCheck(gift(source)).stem).toBe(stem);
  });

  it('reads every escape', () => {
    const check = onlyCheck(gift('Escapes \\: \\= \\# \\~ \\{ \\} \\\\ a\\nb {=x\\=y}'));
    expect(check.stem).toBe('Escapes : = # \\~ \\{ \\} \\ a\\\nb');
    expect(check).toMatchObject({ answer: { accept: ['x=y'] } });
  });

  it('writes lessons that parse and pass the self-check rules', () => {
    const result = gift("::Q1:: 1+1=2 {T}\n\n::Q2:: Two plus {=two =2} equals four.\n\n::Q3:: Match {=a -> b =c -> d}\n\n[html]A <b>{x}</b>{=1 ~2}");
    const lesson = result.lessons[0]!;
    expect(syntaxProblem(lesson)).toBeUndefined();
    expect(buildProblems([lesson])).toEqual([]);
  });
});
