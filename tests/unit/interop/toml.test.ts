/**
 * mdbook-quiz TOML: the three question kinds, option order as mdbook-quiz shows it, `context`
 * as explanation, Rust Book code blocks, multipart texts, ids, and files that cannot import.
 */
import { describe, expect, it } from 'vitest';
import { showHiddenLines } from '../../../src/interop/toml/code.ts';
import { buildProblems, checksOf, importText, onlyCheck, syntaxProblem } from './helpers.ts';

const toml = (text: string) => importText('toml', text, 'quiz.toml');
const choice = (extra: string) => `[[questions]]
id = "q-1"
type = "MultipleChoice"
prompt.prompt = "Pick."
prompt.distractors = ["b", "a"]
${extra}`;

describe('MultipleChoice', () => {
  it('puts the answer first and lets the options shuffle', () => {
    expect(onlyCheck(toml(choice('answer.answer = "c"\ncontext = "Because `c`."')))).toEqual({
      kind: 'choice',
      id: 'q-1',
      line: 1,
      stem: 'Pick.',
      choices: [
        { mdx: 'c', correct: true },
        { mdx: 'b', correct: false },
        { mdx: 'a', correct: false },
      ],
      multiple: false,
      shuffle: true,
      hints: [],
      explanation: 'Because `c`.',
    });
  });

  it('asks for every answer of a list, even a list of one', () => {
    expect(onlyCheck(toml(choice('answer.answer = ["c"]')))).toMatchObject({ multiple: true });
  });

  it('places the answers at `answerIndex` and keeps that order', () => {
    const check = onlyCheck(toml(choice('answer.answer = "c"\nprompt.answerIndex = 1')));
    expect(check.kind === 'choice' && [check.choices.map((c) => c.mdx), check.shuffle]).toEqual([['b', 'c', 'a'], false]);
  });

  it('sorts the options with `sortAnswers` and keeps that order', () => {
    const check = onlyCheck(toml(choice('answer.answer = ["c", "B"]\nprompt.sortAnswers = true')));
    expect(check.kind === 'choice' && [check.choices.map((c) => c.mdx), check.shuffle]).toEqual([['B', 'a', 'b', 'c'], false]);
  });
});

describe('ShortAnswer', () => {
  it('accepts the answer and its alternatives', () => {
    const result = toml('[[questions]]\ntype = "ShortAnswer"\nprompt.prompt = "Path?"\nprompt.response = "code"\nanswer.answer = "foobar::engine::run"\nanswer.alternatives = ["foobar::engine::run()"]');
    expect(onlyCheck(result)).toMatchObject({ kind: 'typed', answer: { accept: ['foobar::engine::run', 'foobar::engine::run()'] } });
    expect(onlyCheck(result).id).toMatch(/^path-[0-9a-f]{6}$/);
    expect(result.losses[0]?.reason).toMatch(/^it asks for a code answer/);
  });
});

describe('Tracing', () => {
  const tracing = (answer: string) =>
    onlyCheck(toml(`[[questions]]\ntype = "Tracing"\nprompt.program = """\nfn main() {\n  println!("Hi");\n}\n"""\n${answer}\ncontext = "Why."`));

  it('asks whether the program compiles and what it prints, and accepts its exact output', () => {
    const check = tracing('answer.doesCompile = true\nanswer.stdout = "Hi"');
    expect(check).toMatchObject({ kind: 'typed', answer: { accept: ['Hi'], caseSensitive: true } });
    expect(check.stem).toMatch(/^Does this program compile\?.*\n\n```rust\nfn main\(\) \{\n {2}println!\("Hi"\);\n\}\n```$/s);
    expect(check.explanation).toBe('This program compiles and prints:\n\n```text\nHi\n```\n\nWhy.');
  });

  it('accepts "does not compile" and names the line of the error in the explanation', () => {
    const check = tracing('answer.doesCompile = false\nanswer.lineNumber = 2');
    expect(check).toMatchObject({ answer: { accept: ['does not compile', "doesn't compile", 'it does not compile', "it doesn't compile"] } });
    expect(check.explanation).toBe('This program does not compile: the error is on line 2.\n\nWhy.');
  });

  it('accepts "nothing" for a program that prints nothing', () => {
    expect(tracing('answer.doesCompile = true\nanswer.stdout = ""')).toMatchObject({ answer: { accept: ['nothing'] } });
  });
});

describe('Rust Book code blocks', () => {
  it('shows Aquascope hidden lines and drops its markers', () => {
    expect(showHiddenLines('#fn main() {\nlet x = 1;`[]`\nlet y = &x;`(focus,paths:*y)`\n#[derive(Debug)]\n#}', true)).toBe(
      'fn main() {\nlet x = 1;\nlet y = &x;\n#[derive(Debug)]\n}',
    );
    expect(showHiddenLines('# fn main() {\nlet x = 1;\n# }\n#[test]')).toBe('fn main() {\nlet x = 1;\n}\n#[test]');
  });

  it('writes Aquascope and ide blocks as Rust', () => {
    const check = onlyCheck(toml('[[questions]]\ntype = "ShortAnswer"\nprompt.prompt = """\n```aquascope,interpreter\n#fn main() {\nlet x = 1;`[]`\n#}\n```\n\n```ide\nfn f() {}\n```\n"""\nanswer.answer = "1"'));
    expect(check.stem).toBe('```rust\nfn main() {\nlet x = 1;\n}\n```\n\n```rust\nfn f() {}\n```');
  });
});

describe('quiz files', () => {
  it('puts a multipart text once before the first question that uses it', () => {
    const result = toml(`[multipart]\nq = "**Context:** shared."\n\n${choice('answer.answer = "c"\nmultipart = "q"')}\n\n${choice('answer.answer = "a"\nmultipart = "q"').replace('q-1', 'q-2')}`);
    expect(result.lessons[0]?.blocks.map((block) => block.kind)).toEqual(['prose', 'check', 'check']);
    expect(result.lessons[0]?.blocks[0]).toEqual({ kind: 'prose', mdx: '**Context:** shared.', line: 4 });
  });

  it('makes ids valid', () => {
    expect(onlyCheck(toml(choice('answer.answer = "c"').replace('q-1', 'Ownership Q1!'))).id).toBe('ownership-q1');
  });

  it('reports a TOML syntax error with its line, and writes no lesson', () => {
    const result = toml('[[questions]]\ntype = "ShortAnswer"\nprompt.prompt = "x\n');
    expect(result.lessons).toEqual([]);
    expect(result.skipped).toEqual([{ file: 'quiz.toml', line: 3, what: 'file', reason: expect.stringMatching(/^it is not valid TOML/) }]);
  });

  it('reports an unknown question type with its line, and imports the rest', () => {
    const result = toml(`[[questions]]\ntype = "Drawing"\n\n${choice('answer.answer = "c"')}`);
    expect(checksOf(result)).toHaveLength(1);
    expect(result.skipped).toEqual([{ file: 'quiz.toml', line: 1, what: 'Drawing question', reason: 'mdbook-quiz type "Drawing" has no Mnemo equivalent' }]);
  });

  it('writes lessons that parse and pass the self-check rules', () => {
    const lesson = toml(`${choice('answer.answer = "`Vec<T>` {}"')}\n\n[[questions]]\ntype = "Tracing"\nprompt.program = "fn main() {}"\nanswer.doesCompile = true\nanswer.stdout = "<{}>"`).lessons[0]!;
    expect(syntaxProblem(lesson)).toBeUndefined();
    expect(buildProblems([lesson])).toEqual([]);
  });
});
