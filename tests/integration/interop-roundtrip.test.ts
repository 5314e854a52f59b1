/**
 * Round trips through the other tools' formats: question banks are imported, built, exported
 * and imported again, and every self-check the format can hold comes back the same (its id,
 * kind, texts, answers, feedback and explanation). Real corpora files, real builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseSource } from '../../src/checks/build/validate-guide';
import type { CheckSpec, SpecOf } from '../../src/checks/schema';
import { buildSite } from '../../scripts/lib/build-site';
import { CORPORA } from '../unit/interop/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
const work = mkdtempSync(join(tmpdir(), 'mnemo-roundtrip-'));
const SOURCES = [
  'gift/pygift--categories.gift',
  'gift/gipper--missing_word.gift',
  'gift/peg--TFTwoFeedback.gift',
  'gift/peg--multiLineFeedback1.gift',
  'gift/peg--options1.gift',
  'more/gift/gipper--matching.gift',
  'mdbook-quiz/ch03-02-data-types-sec1-scalar.toml',
  'mdbook-quiz/ch04-05-ownership-recap.toml',
  'anki/anki-ai--test_data.txt',
  'anki/rl-book-challenge--anki.txt',
];

function run(script: string, args: string[]): { code: number | null; out: string } {
  const result = spawnSync(NODE, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout + result.stderr };
}

/** A guide folder with the given files imported into it. */
function guideWith(name: string, files: string[]): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '_guide.yaml'), `title: Round trip ${name}\n`);
  const imported = run('scripts/import.ts', [...files, '--to', join(dir, 'imported')]);
  expect(imported.code, imported.out).toBe(0);
  return dir;
}

/** Every self-check of a guide's lessons, by id, without where it sits (file, line, lesson). */
function checksOf(dir: string): Map<string, Omit<CheckSpec, 'file' | 'line' | 'lesson'>> {
  const out = new Map<string, Omit<CheckSpec, 'file' | 'line' | 'lesson'>>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.mdx'))) {
    const analysis = analyseSource({ file: path, lesson: path, source: readFileSync(join(dir, path), 'utf8') });
    expect(analysis.problems, path).toEqual([]);
    for (const { file: _f, line: _l, lesson: _s, ...spec } of analysis.checks) out.set(spec.id, spec);
  }
  return out;
}

let first: Map<string, Omit<CheckSpec, 'file' | 'line' | 'lesson'>>;
let site: string;

/**
 * Anki Cloze notes (none of the shared corpora has one): two blanks with a hint, one blank with
 * a Back Extra, as Anki exports them.
 */
const CLOZE_NOTES = [
  '#separator:tab',
  '#html:true',
  '#notetype column:1',
  'Cloze\tA {{c1::blue}}-green deployment switches {{c2::traffic::where requests go}} at once.\t',
  'Cloze\tA canary sends a {{c1::small share}} of traffic to the new version first.\tThen it widens.',
].join('\n');

beforeAll(async () => {
  const cloze = join(work, 'cloze.txt');
  writeFileSync(cloze, `${CLOZE_NOTES}\n`);
  const guide = guideWith('first', [...SOURCES.map((path) => join(CORPORA, path)), cloze]);
  first = checksOf(guide);
  site = join(work, 'site');
  const built = await buildSite({ root: ROOT, content: guide, out: site, base: '/' });
  if (!built.ok) throw new Error(built.output.slice(-3000));
}, 180_000);

describe('export, then import again', () => {
  it('gives back every question through GIFT', () => {
    const gift = join(work, 'guide.gift');
    const exported = run('scripts/export.ts', ['--format', 'gift', '--out', gift, '--site', site]);
    expect(exported.code, exported.out).toBe(0);
    const again = checksOf(guideWith('from-gift', [gift]));
    // What GIFT can hold: not flashcards, ordering questions, or several (or numeric) blanks.
    const blanksOf = (spec: { kind: string }) => (spec.kind === 'blanks' ? (spec as SpecOf<'blanks'>).blanks : []);
    const questions = [...first].filter(([, spec]) => spec.kind !== 'flashcard' && spec.kind !== 'order' && !(spec.kind === 'blanks' && (blanksOf(spec).length > 1 || blanksOf(spec)[0]?.kind !== 'text')));
    expect(questions.some(([, spec]) => spec.kind === 'match')).toBe(true);
    for (const [id, spec] of first) if (blanksOf(spec).length > 1) expect(exported.out).toContain(`${id}: GIFT holds one blank per question`);
    expect(questions.length).toBeGreaterThan(20);
    // GIFT has no per-question choice order (Moodle's quiz decides): the export lists it as lost.
    const withoutOrder = ({ shuffle: _, ...spec }: Record<string, unknown>) => spec;
    for (const [id, spec] of questions) expect(withoutOrder(again.get(id) ?? {}), id).toEqual(withoutOrder(spec));
    const isTrueFalse = (spec: Record<string, unknown>) => spec.kind === 'single' && (spec.choices as { text: string }[]).map((c) => c.text).join() === 'True,False';
    const fixedOrder = questions.filter(([, spec]) => 'shuffle' in spec && spec.shuffle !== undefined && !isTrueFalse(spec));
    expect(fixedOrder.length).toBeGreaterThan(0);
    for (const [id] of fixedOrder) expect(exported.out).toMatch(new RegExp(`${id}: its (fixed|shuffled) choice order`));
    expect([...again.keys()].sort()).toEqual(questions.map(([id]) => id).sort());
  }, 120_000);

  it('gives back every flashcard through Anki, in one deck per lesson', () => {
    const anki = join(work, 'guide.txt');
    const exported = run('scripts/export.ts', ['--format', 'anki', '--out', anki, '--site', site]);
    expect(exported.code, exported.out).toBe(0);
    const text = readFileSync(anki, 'utf8');
    expect(text.split('\n').slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6']);
    const again = checksOf(guideWith('from-anki', [anki]));
    const cards = [...first].filter(([, spec]) => spec.kind === 'flashcard');
    expect(cards.length).toBeGreaterThan(10);
    // Decks follow lessons in the export (one Anki deck per lesson), so a card's deck is a new one.
    const content = ({ deck: _d, shuffle: _s, ...spec }: Record<string, unknown>) => spec;
    for (const [id, spec] of cards) expect(content(again.get(id) ?? {}), id).toEqual(content(spec));
    // Fill-in-the-blank questions go as Cloze notes and come back with their text and answers.
    const blanks = [...first].filter(([, spec]) => spec.kind === 'blanks');
    expect(blanks.length).toBeGreaterThanOrEqual(2);
    for (const [id, written] of blanks) {
      expect(again.get(id)?.kind, id).toBe('blanks');
      const [spec, back] = [written as SpecOf<'blanks'>, again.get(id) as SpecOf<'blanks'>];
      expect(back.stem, id).toBe(spec.stem);
      expect(back.explanation, id).toBe(spec.explanation);
      expect(back.blanks.map((b) => (b.kind === 'text' ? b.accept[0] : b.number)), id).toEqual(spec.blanks.map((b) => (b.kind === 'text' ? b.accept[0] : b.number)));
    }
  }, 120_000);
});

describe('npm run export on the command line', () => {
  it.each([
    [['--format', 'pdf', '--out', '-'], 3, /Unknown format "pdf"/],
    [['--out', 'x.gift'], 2, /--format gift\|anki/],
    [['--format', 'gift', '--out', '-', '--site', '/nowhere/at/all'], 4, /No self-check list at \/nowhere\/at\/all/],
    [['--format', 'anki', '--out', '-', '--deck', 'chapter'], 2, /--deck takes lesson or section/],
  ])('%j exits %i with a clear message', (args, code, message) => {
    const result = run('scripts/export.ts', args);
    expect(result.code).toBe(code);
    expect(result.out).toMatch(message);
  }, 60_000);

  it('never overwrites a file without --force', () => {
    const target = join(work, 'exists.gift');
    writeFileSync(target, 'mine');
    const result = run('scripts/export.ts', ['--format', 'gift', '--out', target, '--site', site]);
    expect(result.code).toBe(5);
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(run('scripts/export.ts', ['--format', 'gift', '--out', target, '--site', site, '--force']).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^\/\/ Round trip first: exported from Mnemo/);
    expect(relative(work, target)).toBe('exists.gift');
  }, 60_000);
});
