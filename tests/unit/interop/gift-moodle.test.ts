/**
 * Where gift-pegjs reads GIFT differently from Moodle (qformat_gift), the importer follows
 * Moodle. Each test shows the library's own reading next to the imported question.
 */
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { giftBlocks } from '../../../src/interop/gift/blocks.ts';
import { readAsMoodle } from '../../../src/interop/gift/moodle-reading.ts';
import { toUnits } from '../../../src/interop/gift/units.ts';
import { importText, onlyCheck } from './helpers.ts';

const gift = (text: string) => importText('gift', text);
const reading = (text: string) => readAsMoodle(text, toUnits(text));

describe('Moodle accepts what gift-pegjs rejects', () => {
  it('reads unescaped colons in the question text and answers as text', () => {
    const source = '::Emoticons::Match the emoticon to the emotion: {\n=:) -> smiling\n=:( -> sad\n}';
    expect(() => parse(source)).toThrow();
    const check = onlyCheck(gift(source));
    expect(check).toMatchObject({ kind: 'pairs', id: 'emoticons', stem: 'Match the emoticon to the emotion:' });
    expect(check.kind === 'pairs' && check.pairs.map((pair) => pair.prompt)).toEqual([':)', ':(']);
  });

  it('reads `=`, `~` and `#` in the question text as text', () => {
    const source = '::Q1:: 1+1=2, a~b, #1 {T}';
    expect(() => parse(source)).toThrow();
    expect(onlyCheck(gift(source)).stem).toBe('1+1=2, a\\~b, #1');
  });

  it('reads `#` inside a feedback as text: only the first `#` of an answer starts its feedback', () => {
    const source = 'Q {=a#see #3 ~b}';
    expect(() => parse(source)).toThrow();
    const check = onlyCheck(gift(source));
    expect(check.kind === 'choice' && check.choices[0]).toEqual({ mdx: 'a', correct: true, feedback: 'see #3' });
  });

  it('takes the general feedback after the last `####`', () => {
    const source = 'Q {=a ~b ####gf #### more}';
    expect(() => parse(source)).toThrow();
    expect(onlyCheck(gift(source)).explanation).toBe('more');
  });

  it('reads a single numeric answer with feedback', () => {
    expect(() => parse('Q {#5:1#close enough}')).toThrow();
    expect(onlyCheck(gift('Q {#5:1#close enough}'))).toMatchObject({ kind: 'typed', answer: { number: 5, tolerance: 1 }, explanation: 'close enough' });
  });

  it('reads `{True}` and `{False}` as short answers: only T, TRUE, F and FALSE are true/false', () => {
    expect(() => parse('Monkeys fly.{True}')).toThrow();
    expect(reading('Monkeys fly.{True}')).toEqual({ type: 'shortanswer', gift: 'Monkeys fly.{=True}' });
    expect(onlyCheck(gift('Monkeys fly.{True}'))).toMatchObject({ kind: 'typed', answer: { accept: ['True'] } });
    expect(onlyCheck(gift('Monkeys fly.{TRUE}'))).toMatchObject({ kind: 'choice' });
  });

  it('keeps a lone backslash as text, as Moodle does', () => {
    const check = onlyCheck(gift('Which is not a control character? {~ \\~ = \\ # Correct! \\ escapes them.}'));
    expect(check.kind === 'choice' && check.choices[1]).toEqual({ mdx: '\\\\', correct: true, feedback: 'Correct! \\ escapes them.' });
  });
});

describe('true/false feedback goes where Moodle shows it', () => {
  // Moodle: {ANSWER#first#second}: the first feedback is shown to a wrong answer, the second to a right one.
  it('with TRUE, gives the first feedback to False and the second to True', () => {
    const source = 'Grant is buried in Grant\'s tomb.{TRUE#wrong!#right!}';
    expect(parse(source)[0]).toMatchObject({ trueFeedback: { text: 'wrong!' }, falseFeedback: { text: 'right!' } });
    const check = onlyCheck(gift(source));
    expect(check.kind === 'choice' && check.choices).toEqual([
      { mdx: 'True', correct: true, feedback: 'right!' },
      { mdx: 'False', correct: false, feedback: 'wrong!' },
    ]);
  });

  it('with FALSE, gives the first feedback to True and the second to False', () => {
    const check = onlyCheck(gift("Grant is buried in Grant's tomb.{FALSE#feedback for true #feedback for false}"));
    expect(check.kind === 'choice' && check.choices).toEqual([
      { mdx: 'True', correct: false, feedback: 'feedback for true' },
      { mdx: 'False', correct: true, feedback: 'feedback for false' },
    ]);
  });

  it('with one feedback, shows it to a wrong answer only', () => {
    const check = onlyCheck(gift("Grant is buried in Grant's tomb.{TRUE#feedback for true}"));
    expect(check.kind === 'choice' && check.choices).toEqual([
      { mdx: 'True', correct: true },
      { mdx: 'False', correct: false, feedback: 'feedback for true' },
    ]);
  });
});

describe('matching answers', () => {
  it('resolves escapes that gift-pegjs leaves as Moodle placeholders', () => {
    const source = 'Q {=a -> b\\:c =d -> e\\=f}';
    expect((parse(source)[0] as { matchPairs: { subanswer: string }[] }).matchPairs[0]?.subanswer).toBe('b&&058;c');
    const check = onlyCheck(gift(source));
    expect(check.kind === 'pairs' && check.pairs.map((pair) => pair.mdx)).toEqual(['b:c', 'e=f']);
  });
});

describe('blocks', () => {
  it('splits at blank lines, trims lines and sets comments apart', () => {
    expect(giftBlocks('\uFEFF// c1\n  Q1 {T}  \n   \n\n// only a comment\n\nQ2\n{F}')).toEqual([
      { line: 2, comments: ['// c1'], text: 'Q1 {T}' },
      { line: 7, comments: [], text: 'Q2\n{F}' },
    ]);
  });
});
