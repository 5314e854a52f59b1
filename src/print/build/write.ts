/**
 * Filling the built `print/` page: Astro renders its frame (header, options, contents) with a
 * placeholder, and once every lesson page is written the placeholder becomes the whole guide
 * (assemble.ts), read from those pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UiStrings } from '../../i18n/en';
import type { Guide } from '../../lib/content/model';
import { assembleGuide, BODY_PLACEHOLDER, extractPrint } from './assemble';

/** The one-page guide's address, relative to the base (reserved in `RESERVED_ADDRESSES`). */
export const PRINT_PAGE = 'print';

/**
 * Writes the guide into `<outDir>/print/index.html`. Throws when the page was built without
 * its placeholder, since the page would then be published empty.
 */
export function writePrintPage(outDir: string, guide: Guide, base: string, ui: Pick<UiStrings, 'print'>): void {
  const file = join(outDir, PRINT_PAGE, 'index.html');
  const page = readFileSync(file, 'utf8');
  if (!page.includes(BODY_PLACEHOLDER)) throw new Error(`${file} has no ${BODY_PLACEHOLDER} to fill with the guide.`);
  const lessonPrint = (slug: string) => {
    const lesson = join(outDir, slug, 'index.html');
    return existsSync(lesson) ? extractPrint(readFileSync(lesson, 'utf8')) : undefined;
  };
  const body = assembleGuide({ guide, base, ui, lessonPrint });
  writeFileSync(file, page.replace(BODY_PLACEHOLDER, () => body));
}
