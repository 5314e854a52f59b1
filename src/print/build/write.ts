/**
 * Filling the built `print/` page: Astro renders its frame (header, options, contents) with a
 * placeholder, and once every lesson page is written the placeholder becomes the whole guide
 * (assemble.ts), read from those pages.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { UiStrings } from '../../i18n/en';
import type { Guide } from '../../lib/content/model';
import { BODY_PLACEHOLDER, extractPrint, guidePieces, type AssembleInput } from './assemble';

/** The built page of the lesson at `slug` in `outDir`; undefined when there is none. */
export function readBuiltPage(outDir: string, slug: string): string | undefined {
  const file = join(outDir, slug, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The one-page guide's address, relative to the base (reserved in `RESERVED_ADDRESSES`). */
export const PRINT_PAGE = 'print';

/**
 * Writes the guide into `<outDir>/print/index.html`, lesson by lesson (a new file, which then
 * takes the page's place), so that neither the lesson pages read nor the page itself are ever
 * held whole. Throws when the page was built without its placeholder, since the page would
 * then be published empty.
 * @param readPage reads a lesson's built page by its slug (undefined: no page); by default
 *   `<outDir>/<slug>/index.html`. The build's page checks read through it, so each page is read once.
 */
export function writePrintPage(outDir: string, guide: Guide, base: string, ui: Pick<UiStrings, 'print'>, readPage: (slug: string) => string | undefined = (slug) => readBuiltPage(outDir, slug)): void {
  const lessonPrint = (slug: string) => {
    const html = readPage(slug);
    return html === undefined ? undefined : extractPrint(html);
  };
  writeGuide(outDir, { guide, base, ui, lessonPrint });
}

/**
 * Writes the guide assembled from `input` into `<outDir>/print/index.html` (see `writePrintPage`).
 * @throws Error when the page was built without its placeholder
 */
export function writeGuide(outDir: string, input: AssembleInput): void {
  const file = join(outDir, PRINT_PAGE, 'index.html');
  const page = readFileSync(file, 'utf8');
  if (!page.includes(BODY_PLACEHOLDER)) throw new Error(`${file} has no ${BODY_PLACEHOLDER} to fill with the guide.`);
  const at = page.indexOf(BODY_PLACEHOLDER);
  const written = `${file}.tmp`;
  const fd = openSync(written, 'w');
  try {
    writeSync(fd, page.slice(0, at));
    for (const piece of guidePieces(input)) writeSync(fd, piece);
    writeSync(fd, page.slice(at + BODY_PLACEHOLDER.length));
  } finally {
    closeSync(fd);
  }
  renameSync(written, file);
}
