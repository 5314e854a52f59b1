/**
 * `npm run import` as an author runs it: the real script in a child process, on files in a
 * temporary folder, with its report, its files and its exit codes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

// The pinned Node runs the `.ts` script as it is, whichever Node runs Vitest.
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
const work = mkdtempSync(join(tmpdir(), 'mnemo-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** A fresh folder with these files. */
function folder(files: Record<string, string>): string {
  const dir = join(work, `case-${(count += 1)}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function runImport(cwd: string, ...args: string[]) {
  const run = spawnSync(NODE, [join(ROOT, 'scripts/import.ts'), ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const GIFT = '::Q1:: 1+1=2 {T}\n\n// essay\n::Q2:: How are you? {}\n';

// Each run starts Node and loads the parsers, which takes a second or two on a busy machine.
describe('npm run import', { timeout: 30_000 }, () => {
  it('writes a lesson per file and lists what it could not convert, with file and line', () => {
    const dir = folder({ 'bank.gift': GIFT, 'deck.txt': '#separator:tab\nfront\tback\n' });
    const { code, out } = runImport(dir, 'bank.gift', 'deck.txt', '--to', 'content/imported');
    expect(out.split('\n')).toEqual([
      'Wrote content/imported/bank.mdx (1 question) from bank.gift',
      'Wrote content/imported/deck.mdx (1 flashcard) from deck.txt',
      'Not converted (1):',
      '  bank.gift:4  essay question: an essay is graded by a teacher, and Mnemo has no open-answer question',
      'Imported 1 question, 1 flashcard; 1 not converted.',
      '',
    ]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'content/imported/bank.mdx'), 'utf8')).toContain('<Question id="q1" shuffle={false}>');
  });

  it('prints its usage, with the exit codes, for --help', () => {
    const { code, out } = runImport(work, '--help');
    expect(out).toMatch(/^Usage: npm run import -- <file>\.\.\. --to <folder>/);
    expect(out).toContain('5  a lesson file already exists and --force was not given; nothing was written');
    expect(code).toBe(0);
  });

  it.each([
    ['no file', ['--to', 'out'], /^Name at least one file to import\./],
    ['no --to', ['bank.gift'], /^Say where to write the lessons with --to <folder>\./],
    ['an unknown option', ['bank.gift', '--to', 'out', '--fast'], /Unknown option '--fast'/],
  ])('exits 2 for %s', (_, args, message) => {
    const { code, err } = runImport(folder({ 'bank.gift': GIFT }), ...args);
    expect(err).toMatch(message);
    expect(code).toBe(2);
  });

  it('exits 3 for an unknown --format, and for a file whose format cannot be told', () => {
    const dir = folder({ 'bank.gift': GIFT, 'notes.txt': 'Just some prose.\n' });
    const unknown = runImport(dir, 'bank.gift', '--to', 'out', '--format', 'xml');
    expect([unknown.code, unknown.err.trim()]).toEqual([3, 'Unknown format "xml": use one of gift, toml, anki.']);
    const untold = runImport(dir, 'notes.txt', '--to', 'out');
    expect([untold.code, untold.err.trim()]).toEqual([3, 'Cannot tell the format of notes.txt. Name it with --format gift|toml|anki.']);
  });

  it('reads a file as --format says', () => {
    const dir = folder({ 'notes.txt': 'Just some prose.\n\nQ {T}\n' });
    expect(runImport(dir, 'notes.txt', '--to', 'out', '--format', 'gift').code).toBe(0);
  });

  it('exits 4 for a file that cannot be read', () => {
    const dir = folder({ 'sub/x.gift': GIFT });
    expect(runImport(dir, 'missing.gift', '--to', 'out')).toMatchObject({ code: 4, err: 'Cannot read missing.gift: it does not exist.\n' });
    expect(runImport(dir, 'sub', '--to', 'out')).toMatchObject({ code: 4, err: 'Cannot read sub: it is a folder; name the files in it.\n' });
  });

  it('exits 5 when a lesson exists, writing nothing at all, and overwrites with --force', () => {
    const dir = folder({ 'a.gift': GIFT, 'b.gift': 'Q {T}\n', 'out/b.mdx': 'mine' });
    const refused = runImport(dir, 'a.gift', 'b.gift', '--to', 'out');
    expect(refused.code).toBe(5);
    expect(refused.err).toBe(`These lesson files already exist, so nothing was written:\n  ${join(dir, 'out/b.mdx')}\nPass --force to overwrite them.\n`);
    expect(readdirSync(join(dir, 'out'))).toEqual(['b.mdx']);
    expect(runImport(dir, 'a.gift', 'b.gift', '--to', 'out', '--force').code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.mdx', 'b.mdx']);
    expect(readFileSync(join(dir, 'out/b.mdx'), 'utf8')).toContain('<Question');
  });

  it('exits 6 when no question can be imported, saying why', () => {
    const dir = folder({ 'essays.gift': 'Write. {}\n' });
    const { code, err } = runImport(dir, 'essays.gift', '--to', 'out');
    expect(err.split('\n').slice(0, 2)).toEqual(['No question found to import in essays.gift; nothing was written.', 'Not converted (1):']);
    expect(code).toBe(6);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 7 when a lesson cannot be written', () => {
    const dir = folder({ 'bank.gift': GIFT, blocked: 'a file, not a folder' });
    const { code, err } = runImport(dir, 'bank.gift', '--to', 'blocked');
    expect(err).toMatch(/^Cannot write .*blocked\/bank\.mdx: /);
    expect(code).toBe(7);
  });

  it('keeps imported ids apart from the ids of the guide\'s other lessons', () => {
    const dir = folder({ 'bank.gift': GIFT, 'content/basics/intro.mdx': '<Question id="q1">\nX\n<Answer accept={["y"]} />\n</Question>\n' });
    expect(runImport(dir, 'bank.gift', '--to', 'content/imported').code).toBe(0);
    expect(readFileSync(join(dir, 'content/imported/bank.mdx'), 'utf8')).toContain('<Question id="q1-2"');
  });
});
