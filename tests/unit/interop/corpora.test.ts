/**
 * The shared corpora (../shared/corpora, openly licensed real question banks): every file
 * imports, every lesson written parses as MDX and passes the self-check rules as one guide, and
 * every question is either imported or listed as not converted. The counts are printed and
 * locked, so a change in what imports shows up here.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdRegistry } from '../../../src/interop/ids.ts';
import { detectFormat, importFile, type Format } from '../../../src/interop/index.ts';
import { countBlocks, type ImportResult, type Lesson } from '../../../src/interop/model.ts';
import { buildProblems, CORPORA, corpusFiles, syntaxProblem } from './helpers.ts';

interface Corpus {
  folder: string;
  format: Format;
  files: RegExp;
  /** Questions (GIFT question blocks, TOML questions, Anki notes) in the folder, as its README counts them. */
  questions: number;
  /**
   * Expected: self-checks imported, text blocks written (GIFT descriptions, which the README
   * counts as question blocks; mdbook-quiz multipart texts, which it does not), not converted.
   */
  expected: { imported: number; prose: number; notConverted: number };
}

const CORPORA_LIST: Corpus[] = [
  { folder: 'gift', format: 'gift', files: /\.(gift|txt)$/, questions: 57, expected: { imported: 49, prose: 2, notConverted: 6 } },
  { folder: 'more/gift', format: 'gift', files: /\.(gift|txt)$/, questions: 66, expected: { imported: 62, prose: 1, notConverted: 3 } },
  { folder: 'mdbook-quiz', format: 'toml', files: /\.toml$/, questions: 62, expected: { imported: 62, prose: 2, notConverted: 0 } },
  { folder: 'more/mdbook-quiz', format: 'toml', files: /\.toml$/, questions: 69, expected: { imported: 69, prose: 2, notConverted: 0 } },
  { folder: 'anki', format: 'anki', files: /\.(txt|csv)$/, questions: 62, expected: { imported: 46, prose: 0, notConverted: 16 } },
  { folder: 'more/anki', format: 'anki', files: /\.(txt|csv)$/, questions: 19, expected: { imported: 16, prose: 0, notConverted: 3 } },
];

// One guide holds every imported lesson, so ids must be unique across all of them.
const ids = new IdRegistry();
const imported = new Map<string, { results: ImportResult[]; lessons: Lesson[] }>();
for (const corpus of CORPORA_LIST) {
  const results = corpusFiles(corpus.folder, corpus.files).map((path) =>
    importFile(corpus.format, { file: { path: relative(CORPORA, path), text: readFileSync(path, 'utf8') }, ids }),
  );
  imported.set(corpus.folder, { results, lessons: results.flatMap((result) => result.lessons) });
}

describe.each(CORPORA_LIST)('corpus $folder', (corpus) => {
  const { results, lessons } = imported.get(corpus.folder)!;

  it('tells the format of every file from its name and content', () => {
    const files = corpusFiles(corpus.folder, corpus.files);
    expect(files.filter((path) => detectFormat(path, readFileSync(path, 'utf8')) !== corpus.format)).toEqual([]);
  });

  it('imports every file, and accounts for every question', () => {
    const counts = countBlocks(lessons);
    const notConverted = results.reduce((sum, result) => sum + result.skipped.length, 0);
    const found = { imported: counts.checks + counts.cards, prose: counts.prose, notConverted };
    console.log(`${corpus.folder}: ${found.imported} imported, ${found.notConverted} not converted, ${found.prose} text blocks (of ${corpus.questions} questions)`);
    expect(found).toEqual(corpus.expected);
    const descriptions = corpus.format === 'gift' ? found.prose : 0;
    expect(found.imported + descriptions + found.notConverted).toBe(corpus.questions);
  });

  it('writes lessons that all parse as MDX', () => {
    expect(lessons.map((lesson) => [lesson.name, syntaxProblem(lesson)]).filter(([, problem]) => problem)).toEqual([]);
  });

  it('writes lessons that pass every self-check rule of the build', () => {
    expect(buildProblems(lessons)).toEqual([]);
  });
});

it('keeps ids unique across the whole imported guide', () => {
  const all = [...imported.values()].flatMap(({ lessons }) =>
    lessons.flatMap((lesson) => lesson.blocks.flatMap((block) => (block.kind === 'check' ? [block.check.id] : block.kind === 'deck' ? block.cards.map((card) => card.id) : []))),
  );
  expect(new Set(all).size).toBe(all.length);
  expect(buildProblems([...imported.values()].flatMap(({ lessons }) => lessons))).toEqual([]);
});
