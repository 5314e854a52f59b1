/**
 * Test helpers for the importers: where the shared corpora are, importing a text as a file,
 * and checking written lessons with the project's own MDX parser and self-check rules.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IdRegistry } from '../../../src/interop/ids.ts';
import { importFile, type Format } from '../../../src/interop/index.ts';
import type { Check, ImportResult, Lesson } from '../../../src/interop/model.ts';
import { renderLesson } from '../../../src/interop/render.ts';
import { parseLesson } from '../../../src/checks/build/parse-lesson';
import { validateLessonSources } from '../../../src/checks/build/validate-guide';

export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The question-bank corpora: $MNEMO_CORPORA when set (another set of the same kinds), else the
 * copy kept in tests/fixtures/corpora (byte for byte the openly licensed files of
 * shared/corpora, with their LICENSE and NOTICE files), so the tests run from any clone.
 */
export const CORPORA = process.env.MNEMO_CORPORA ?? resolve(ROOT, 'tests/fixtures/corpora');

/** The question-bank files of one corpus folder (e.g. `gift`, `more/anki`), as full paths. */
export function corpusFiles(folder: string, pattern: RegExp): string[] {
  const dir = join(CORPORA, folder);
  if (!existsSync(dir)) throw new Error(`The shared corpora are not at ${dir}: set MNEMO_CORPORA to the corpora folder.`);
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Imports `text` as a file named `path`. */
export function importText(format: Format, text: string, path = `bank.${format === 'anki' ? 'txt' : format}`): ImportResult {
  return importFile(format, { file: { path, text }, ids: new IdRegistry() });
}

/** The questions of an import, in order. */
export function checksOf(result: ImportResult): Check[] {
  return result.lessons.flatMap((lesson) => lesson.blocks.flatMap((block) => (block.kind === 'check' ? [block.check] : [])));
}

/** The only question of an import of one question (fails otherwise). */
export function onlyCheck(result: ImportResult): Check {
  const checks = checksOf(result);
  if (checks.length !== 1) throw new Error(`expected one question, got ${checks.length}: ${JSON.stringify(result.skipped)}`);
  return checks[0] as Check;
}

/** The written file of a lesson, as it would be under `content/imported/`. */
export function written(lesson: Lesson): { file: string; lesson: string; source: string } {
  return { file: `content/imported/${lesson.name}.mdx`, lesson: `imported/${lesson.name}`, source: renderLesson(lesson) };
}

/** The MDX syntax problem of a written lesson, or undefined when it parses. */
export function syntaxProblem(lesson: Lesson): string | undefined {
  const { file, source } = written(lesson);
  const parsed = parseLesson(file, source);
  return 'problem' in parsed ? `${parsed.problem.line}:${parsed.problem.column} ${parsed.problem.message}` : undefined;
}

/** The self-check problems the build would report for written lessons. */
export function buildProblems(lessons: readonly Lesson[]): string[] {
  const { problems } = validateLessonSources(lessons.map(written));
  return problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`);
}
