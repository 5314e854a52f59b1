/**
 * The steps of `npm run import`: read every file, import them all with one set of ids, check
 * every target before writing any, then write. Each step throws a `CommandError` with its exit
 * code, so a failure leaves no lesson half-written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { IdRegistry } from '../../src/interop/ids.ts';
import { detectFormat, FORMATS, importFile, type Format } from '../../src/interop/index.ts';
import type { ImportResult, Lesson } from '../../src/interop/model.ts';
import { renderLesson } from '../../src/interop/render.ts';
import { lessonName, type SourceFile } from '../../src/interop/source.ts';
import { CommandError, EXIT, type ImportArgs } from './options.ts';

/** A file read and its format settled. */
export interface ReadSource {
  file: SourceFile;
  format: Format;
}

/** Reads every file and settles its format; the first unreadable or unknown file stops it. */
export function readSources(args: ImportArgs): ReadSource[] {
  return args.files.map((path) => {
    let text: string;
    try {
      if (statSync(path).isDirectory()) throw new Error('it is a folder; name the files in it');
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
      throw new CommandError(`Cannot read ${path}: ${reason}.`, EXIT.unreadable);
    }
    const format = args.format ?? detectFormat(path, text);
    if (!format) {
      throw new CommandError(`Cannot tell the format of ${path}. Name it with --format ${FORMATS.join('|')}.`, EXIT.unknownFormat);
    }
    return { file: { path, text }, format };
  });
}

/** The guide's content folder around `to` (the nearest folder named `content`), else `to`. */
function guideRoot(to: string): string {
  for (let folder = resolve(to); ; folder = dirname(folder)) {
    if (basename(folder) === 'content') return folder;
    if (dirname(folder) === folder) return resolve(to);
  }
}

/** Ids written in the guide's other lessons, so imported ids do not repeat them. */
function idsInGuide(to: string, skip: ReadonlySet<string>): string[] {
  const root = guideRoot(to);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  return files
    .map((name) => join(root, name))
    .filter((path) => !skip.has(path))
    .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/\bid="([a-z0-9-]+)"/g)].map((match) => match[1] ?? ''));
}

/** One lesson file to write. */
export interface Target {
  /** Absolute path of the `.mdx` file. */
  path: string;
  lesson: Lesson;
  /** The source file it comes from, as given on the command line. */
  source: string;
}

/**
 * Imports every source with one id registry, after reserving the ids of the guide's other
 * lessons; each source's lesson goes to `<to>/<name>.mdx`, names made unique within the run.
 */
export function importAll(sources: readonly ReadSource[], to: string): { targets: Target[]; results: ImportResult[] } {
  const names = new Set<string>();
  const planned = sources.map((source) => {
    const wanted = lessonName(source.file.path);
    let name = wanted;
    for (let n = 2; names.has(name); n += 1) name = `${wanted}-${n}`;
    names.add(name);
    return { source, name, path: resolve(to, `${name}.mdx`) };
  });
  const ids = new IdRegistry();
  ids.reserve(idsInGuide(to, new Set(planned.map((plan) => plan.path))));
  const targets: Target[] = [];
  const results = planned.map(({ source, name, path }) => {
    const result = importFile(source.format, { file: source.file, ids });
    for (const lesson of result.lessons) targets.push({ path, lesson: { ...lesson, name }, source: source.file.path });
    return result;
  });
  return { targets, results };
}

/** Refuses to overwrite: every existing target is named, and nothing is written. */
export function checkTargets(targets: readonly Target[], force: boolean): void {
  const existing = targets.filter((target) => existsSync(target.path));
  const folders = existing.filter((target) => statSync(target.path).isDirectory());
  if (folders.length > 0) {
    throw new CommandError(`Cannot write lessons where folders are:\n${folders.map((t) => `  ${t.path}`).join('\n')}`, EXIT.unwritable);
  }
  if (existing.length > 0 && !force) {
    const list = existing.map((target) => `  ${target.path}`).join('\n');
    throw new CommandError(`These lesson files already exist, so nothing was written:\n${list}\nPass --force to overwrite them.`, EXIT.targetExists);
  }
}

/** Writes every lesson, creating folders as needed. */
export function writeTargets(targets: readonly Target[]): void {
  for (const target of targets) {
    try {
      mkdirSync(dirname(target.path), { recursive: true });
      writeFileSync(target.path, renderLesson(target.lesson));
    } catch (error) {
      throw new CommandError(`Cannot write ${target.path}: ${(error as Error).message}`, EXIT.unwritable);
    }
  }
}
