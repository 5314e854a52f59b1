/**
 * Ids of imported self-checks follow the contract's id rule and stay unique, and a lesson is
 * written as MDX that the build parses and accepts.
 */
import { describe, expect, it } from 'vitest';
import { checkProblem, cardProblem } from '../../../src/interop/contract.ts';
import { derivedId, guidId, IdRegistry, slugify, sourceId } from '../../../src/interop/ids.ts';
import { blankToken, type Lesson } from '../../../src/interop/model.ts';
import { renderLesson } from '../../../src/interop/render.ts';
import { isValidId } from '../../../src/checks/core/ids';
import { buildProblems, syntaxProblem } from './helpers.ts';

describe('ids', () => {
  it.each(["Jesus' hometown", '06- création d\'instance', 'Q1', '::odd::', 'Supercomputing Ninjas\n', '2e273ac2-6f06-4c19-a831-1d44eed89323'])(
    'makes a valid id of the source id %j',
    (id) => {
      expect(isValidId(sourceId(id, 'q'))).toBe(true);
    },
  );

  it('keeps readable source ids readable', () => {
    expect(sourceId("Jesus' hometown", 'q')).toBe('jesus-hometown');
    expect(sourceId('06- création d\'instance', 'q')).toBe('06-creation-dinstance');
    expect(sourceId('???', 'q')).toBe('q');
  });

  it('keeps Anki guids apart even when they differ only in case or punctuation', () => {
    const ids = ['D?H@y-%%r', 'd?h@y-%%r', 'D?H@y-%r', 'abc123'].map(guidId);
    expect(ids.every(isValidId)).toBe(true);
    expect(new Set(ids).size).toBe(4);
    expect(guidId('abc123')).toBe('abc123');
  });

  it('derives the same id from the same lesson and text, and another in another lesson', () => {
    expect(derivedId('a', "What's 2 plus 2?")).toBe(derivedId('a', "What's 2 plus 2?"));
    expect(derivedId('a', "What's 2 plus 2?")).toMatch(/^whats-2-plus-2-[0-9a-f]{6}$/);
    expect(derivedId('b', "What's 2 plus 2?")).not.toBe(derivedId('a', "What's 2 plus 2?"));
  });

  it('hands out each id once', () => {
    const registry = new IdRegistry();
    registry.reserve(['q1']);
    expect([registry.claim('q1'), registry.claim('q1'), registry.claim('q2')]).toEqual(['q1-2', 'q1-3', 'q2']);
    expect(slugify('a'.repeat(10) + ' ' + 'b'.repeat(10), 15)).toBe('aaaaaaaaaa');
  });
});

const lesson: Lesson = {
  name: 'sample',
  title: 'Sample: "quoted" {title}',
  description: 'Imported from sample.gift.',
  tags: ['fred', 'barney-wilma'],
  blocks: [
    { kind: 'heading', text: 'Unit 1: Topic #1' },
    { kind: 'prose', mdx: 'Read this first.', line: 1 },
    {
      kind: 'check',
      check: {
        kind: 'choice',
        id: 'pick',
        line: 2,
        stem: 'Pick one.',
        choices: [
          { mdx: 'A', correct: true, feedback: 'Yes, "A".' },
          { mdx: '```rust\nfn main() {}\n```', correct: false },
        ],
        multiple: false,
        shuffle: false,
        hints: ['Think.'],
        explanation: 'Because.\n\nReally.',
      },
    },
    { kind: 'check', check: { kind: 'typed', id: 'pi', line: 3, stem: 'Pi?', hints: [], answer: { number: 3.1415, tolerance: 0.0005 } } },
    { kind: 'check', check: { kind: 'typed', id: 'word', line: 4, stem: 'Word?', hints: [], answer: { accept: ['a "b"', 'c'], caseSensitive: true } } },
    { kind: 'deck', title: 'Default & more', cards: [{ id: 'card', line: 5, front: 'Front <1>', back: 'Back' }] },
  ],
};

describe('renderLesson', () => {
  it('writes frontmatter, prose and every component against the contract', () => {
    const mdx = renderLesson(lesson);
    expect(mdx).toMatch(/^---\ntitle: 'Sample: "quoted" \{title\}'\ndescription: Imported from sample.gift.\ntags:\n {2}- fred\n {2}- barney-wilma\n---\n/);
    expect(mdx).toContain('## Unit 1: Topic #1');
    expect(mdx).toContain('<Question id="pick" shuffle={false}>');
    expect(mdx).toContain('<Choice correct feedback={"Yes, \\"A\\"."}>A</Choice>');
    expect(mdx).toContain('<Choice>\n\n```rust\nfn main() {}\n```\n\n</Choice>');
    expect(mdx).toContain('<Answer number={3.1415} tolerance={0.0005} />');
    expect(mdx).toContain('<Answer accept={["a \\"b\\"", "c"]} caseSensitive />');
    expect(mdx).toContain('<Deck title={"Default & more"}>');
    expect(mdx).toContain('<Flashcard id="card" front={"Front <1>"}>Back</Flashcard>');
    expect(syntaxProblem(lesson)).toBeUndefined();
    expect(buildProblems([lesson])).toEqual([]);
  });

  it('writes pairs, and blanks where the stem holds their tokens', () => {
    const kinds: Lesson = {
      ...lesson,
      blocks: [
        { kind: 'check', check: { kind: 'pairs', id: 'match', line: 1, stem: 'Match.', hints: [], pairs: [{ prompt: ':)', mdx: 'smiling' }, { prompt: '"x"', mdx: 'y' }] } },
        { kind: 'check', check: { kind: 'blanks', id: 'gap', line: 2, stem: `Two plus ${blankToken(0)} is ${blankToken(1)}.`, hints: [], blanks: [{ accept: ['two', '2'] }, { number: 4, tolerance: 0 }] } },
      ],
    };
    const mdx = renderLesson(kinds);
    expect(mdx).toContain('<Pair prompt=":)">smiling</Pair>\n<Pair prompt={"\\"x\\""}>y</Pair>');
    expect(mdx).toContain('Two plus <Blank accept={["two", "2"]} /> is <Blank number={4} />.');
    expect(syntaxProblem(kinds)).toBeUndefined();
    expect(buildProblems([kinds])).toEqual([]);
  });
});

describe('contract', () => {
  const base = { id: 'q', line: 1, stem: 'Stem', hints: [] };
  it('names what would fail the build', () => {
    expect(checkProblem({ ...base, kind: 'choice', choices: [{ mdx: 'a', correct: true }], multiple: false })).toBe('a choice question needs at least two options');
    expect(checkProblem({ ...base, kind: 'choice', choices: [{ mdx: 'a', correct: false }, { mdx: 'b', correct: false }], multiple: true })).toBe('no option is right');
    expect(checkProblem({ ...base, stem: ' ', kind: 'typed', answer: { accept: ['a'] } })).toBe('the question text is empty');
    expect(checkProblem({ ...base, kind: 'typed', answer: { accept: [' '] } })).toBe('the answer has an empty accepted answer');
    expect(checkProblem({ ...base, kind: 'pairs', pairs: [{ prompt: 'a', mdx: '1' }, { prompt: 'a', mdx: '2' }] })).toMatch(/share the prompt "a"/);
    expect(cardProblem({ id: 'c', line: 1, front: 'F', back: '\\[image: x.png]' })).toBe('the back is only an image, and image files are not imported');
    expect(checkProblem({ ...base, kind: 'typed', answer: { number: 1, tolerance: 0 } })).toBeUndefined();
  });
});
