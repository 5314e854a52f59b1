/**
 * The hand-off between `astro build` and `npm run build` (scripts/build.ts). The wrapper runs
 * Astro as a child process with `MNEMO_HAND_OFF` naming a file; the integration then neither
 * indexes search, nor finishes the pages (the print page and the last page checks), nor
 * publishes, and its last hook writes into that file what is left to do: where the staged site
 * is, where to publish it, what Pagefind should read and what finishing the pages reads. The
 * wrapper starts them as soon as the file is there, while Astro's process ends, the pages being
 * finished while Pagefind indexes, and publishes once Astro has exited. A build that failed
 * never reaches that hook, so it leaves no hand-off and nothing is published.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { HandedPages } from './finish-pages';

/** The environment variable that names the hand-off file (absolute path); unset, Astro does it all. */
export const HAND_OFF_VARIABLE = 'MNEMO_HAND_OFF';

/** What a successful `astro build` leaves for the wrapper. */
export interface HandOff {
  /** Absolute path of the staged site (`stagingDir`), complete but for its search index. */
  staging: string;
  /** Absolute path of the output folder to publish the staged site as. */
  out: string;
  /**
   * Present when the search integration asked for an index: with the glob of the files
   * Pagefind should read (`lessonGlob`; absent: every `.html`). Absent, no index is written
   * (the benchmark's profiling config can switch search off).
   */
  search?: { glob?: string };
  /**
   * Present when the pages are left to the wrapper to finish (`finishHandedPages`): the print
   * page to fill and the lesson pages to check, which a problem in stops the build unpublished.
   */
  pages?: HandedPages;
}

/** The hand-off file this build was asked to write, if any. */
export function handOffFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[HAND_OFF_VARIABLE]?.trim() || undefined;
}

/**
 * Writes the hand-off to `file`, whole: into a file beside it, then renamed, so that the
 * wrapper, which starts as soon as `file` exists, never reads half of it.
 */
export function writeHandOff(file: string, handOff: HandOff): void {
  writeFileSync(`${file}.part`, JSON.stringify(handOff));
  renameSync(`${file}.part`, file);
}

/**
 * Reads the hand-off in `file`.
 * @throws Error when the file is missing or does not hold a hand-off
 */
export function readHandOff(file: string): HandOff {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<HandOff> | null;
  const search = value?.search;
  const pages = value?.pages;
  const isText = (text: unknown) => typeof text === 'string' && text !== '';
  const isPages = (handed: HandedPages) =>
    typeof handed === 'object' && handed !== null && isText(handed.root) && isText(handed.content) && typeof handed.base === 'string' && typeof handed.guide?.children === 'object' && Array.isArray(handed.checks) && typeof handed.ui?.print === 'object';
  if (
    !value ||
    !isText(value.staging) ||
    !isText(value.out) ||
    (search !== undefined && (typeof search !== 'object' || !(search.glob === undefined || isText(search.glob)))) ||
    (pages !== undefined && !isPages(pages))
  ) {
    throw new Error(`${file} is not a build hand-off.`);
  }
  return { staging: value.staging!, out: value.out!, ...(search ? { search: search.glob === undefined ? {} : { glob: search.glob } } : {}), ...(pages ? { pages } : {}) };
}
