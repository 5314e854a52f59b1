import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wrongPick } from '../../../src/checks/kinds/choice/attempts.ts';
import { typedAttempts } from '../../../src/checks/kinds/typed/attempts.ts';
import { en } from '../../../src/i18n/en.ts';
import { feedbackText } from '../../../scripts/verify/choice.ts';
import { pageChecks, planLessons, unitsOf } from '../../../scripts/verify/manifest.ts';
import { inferBase, normaliseBase, parseVerifyArgs } from '../../../scripts/verify/options.ts';
import { lessonLines } from '../../../scripts/verify/report.ts';
import type { CheckEntry } from '../../../scripts/verify/types.ts';
import { loose } from '../../../scripts/verify/wait.ts';

const entry = (fields: Record<string, unknown>): CheckEntry =>
  ({ lesson: 'a/b', file: 'a/b.mdx', line: 1, id: 'q', kind: 'single', stem: 'Stem', hints: [], choices: [], ...fields }) as CheckEntry;
const typed = (fields: Record<string, unknown>) => entry(fields) as Extract<CheckEntry, { kind: 'text' | 'number' }>;

describe('what the sweep types into a typed question', () => {
  it('tries a wrong text, every accepted answer, and one as a learner might type it', () => {
    const attempts = typedAttempts(typed({ kind: 'text', accept: ['blue-green', 'blue green deployment'], caseSensitive: false }));
    expect(attempts).toEqual([
      { response: 'definitely not blue-green', right: false, why: 'the wrong answer “definitely not blue-green”' },
      { response: 'blue-green', right: true, why: 'the accepted answer “blue-green”' },
      { response: 'blue green deployment', right: true, why: 'the accepted answer “blue green deployment”' },
      { response: '  BLUE-GREEN  ', right: true, why: '“blue-green” in capitals with extra spaces' },
    ]);
  });

  it('expects the wrong case to be rejected when the answer is case-sensitive', () => {
    const attempts = typedAttempts(typed({ kind: 'text', accept: ['Na'], caseSensitive: true }));
    expect(attempts.map((a) => [a.response, a.right])).toEqual([
      ['definitely not Na', false],
      ['Na', true],
      ['  Na  ', true],
      ['nA', false],
    ]);
  });

  it('never picks a "wrong" answer that the author accepts', () => {
    const attempts = typedAttempts(typed({ kind: 'text', accept: ['x', 'definitely not x'], caseSensitive: false }));
    expect(attempts[0]).toMatchObject({ response: 'definitely not x!', right: false });
  });

  it('tries a number, both edges of its tolerance, and values just outside', () => {
    const attempts = typedAttempts(typed({ kind: 'number', number: 88, tolerance: 0.5 }));
    expect(attempts.map((a) => [Number(a.response), a.right])).toEqual([
      [88.5088, false],
      [88, true],
      [87.5, true],
      [88.5, true],
      [87.4912, false],
    ]);
  });

  it('tries only the number and a value just above it when there is no tolerance', () => {
    const attempts = typedAttempts(typed({ kind: 'number', number: 2, tolerance: 0 }));
    expect(attempts.map((a) => [a.response, a.right])).toEqual([
      ['2.0002', false],
      ['2', true],
    ]);
  });
});

describe('choice questions', () => {
  const choice = (text: string, correct: boolean, feedback?: string) => ({ text, correct, feedback });

  it('picks a wrong choice with feedback when there is one', () => {
    expect(wrongPick([choice('A', false), choice('B', true), choice('C', false, 'No.')])).toEqual([2]);
    expect(wrongPick([choice('A', false), choice('B', true)])).toEqual([0]);
  });

  it('picks all but one when every choice is correct, and nothing when it cannot be wrong', () => {
    expect(wrongPick([choice('A', true), choice('B', true), choice('C', true)])).toEqual([1, 2]);
    expect(wrongPick([choice('A', true)])).toBeNull();
  });

  it('spells out the feedback a marked choice reads', () => {
    expect(feedbackText(choice('Venus', false, 'Venus is second.'), true, en.question)).toBe('Incorrect, your choice. Venus is second.');
    expect(feedbackText(choice('Mercury', true), false, en.question)).toBe('Correct.');
  });
});

describe('the plan', () => {
  it('groups checks by lesson in source order, with each deck where its first card is', () => {
    const plans = planLessons([
      entry({ id: 'c2', kind: 'flashcard', deck: 'd', line: 30 }),
      entry({ id: 'q1', line: 5 }),
      entry({ id: 'c1', kind: 'flashcard', deck: 'd', line: 20 }),
      entry({ id: 'lone', kind: 'flashcard', line: 10 }),
      entry({ id: 'other', lesson: 'z', file: 'content/z.mdx' }),
    ]);
    expect(plans.map((p) => [p.lesson, p.path])).toEqual([
      ['a/b', 'a/b/'],
      ['z', 'z/'],
    ]);
    const units = unitsOf(plans[0]!).map((u) => (u.kind === 'deck' ? `deck ${u.id}: ${u.cards.map((c) => c.id)}` : `${u.kind} ${u.entry.id}`));
    expect(units).toEqual(['question q1', 'card lone', 'deck d: c1,c2']);
  });
});

describe('questions written on exam pages', () => {
  it('are left out of the sweep: they show only inside their exam', () => {
    const checks = [entry({ id: 'q1' }), entry({ id: 'own', lesson: 'exams/final' })];
    expect(pageChecks({ checks, exams: ['exams/final'] }).map((c) => c.id)).toEqual(['q1']);
    expect(pageChecks({ checks, exams: [] })).toEqual(checks);
  });
});

describe('the command line', () => {
  it('reads the base from the favicon link of the built home page', () => {
    const site = mkdtempSync(join(tmpdir(), 'mnemo-verify-'));
    writeFileSync(join(site, 'index.html'), '<head><link href="/guide/x/favicon.svg" rel="icon" type="image/svg+xml"></head>');
    expect(inferBase(site)).toBe('/guide/x/');
    expect(parseVerifyArgs(['--site', site], '/').base).toBe('/guide/x/');
    expect(parseVerifyArgs(['--site', site, '--base', 'other'], '/').base).toBe('/other/');
    expect(inferBase(join(site, 'missing'))).toBeUndefined();
  });

  it('normalises a base to slashes on both ends', () => {
    expect(['/', '', 'a', '/a', 'a/', '/a/b/'].map(normaliseBase)).toEqual(['/', '/', '/a/', '/a/', '/a/', '/a/b/']);
  });

  it('rejects what it does not understand, with the usage', () => {
    expect(() => parseVerifyArgs(['--concurrency', '0'], '/')).toThrow(/--concurrency takes a whole number above 0[\s\S]*Usage:/);
    expect(() => parseVerifyArgs(['--sight', 'x'], '/')).toThrow(/Unknown option '--sight'/);
  });
});

describe('the report', () => {
  it('names the file, line and id of each failure under its lesson', () => {
    const fail = { lesson: 'a/b', file: 'content/a/b.mdx', line: 8, id: 'q', kind: 'single' as const, ok: false, reason: 'it broke' };
    const lines = lessonLines({ lesson: 'a/b', file: 'content/a/b.mdx', url: 'http://x/a/b/', seconds: 1.26, results: [fail, { ...fail, id: 'r', ok: true }] });
    expect(lines).toEqual(['✗ a/b  2 self-checks, 1 failed  1.3 s', '    content/a/b.mdx:8  q (single): it broke']);
  });
});

describe('comparing the author’s text with the page’s', () => {
  it('ignores typographic punctuation, capitals and spacing', () => {
    expect(loose(' It’s  “done” – ok… ')).toBe(loose(`it's "done" -- ok...`));
  });
});
