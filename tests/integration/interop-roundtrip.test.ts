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
import type { CheckSpec } from '../../src/checks/schema';
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

beforeAll(async () => {
  const guide = guideWith('first', SOURCES.map((path) => join(CORPORA, path)));
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
    const questions = [...first].filter(([, spec]) => spec.kind !== 'flashcard');
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
