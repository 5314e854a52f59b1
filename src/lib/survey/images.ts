/**
 * Checking the images a lesson shows. A Markdown image next to the lesson
 * (`![diagram](./flow.svg)`) is a file the build imports and publishes with a hashed name; one
 * written from the root (`/images/flow.svg`) is a file of the guide's `public/` folder. Either
 * must exist; a missing one is reported with the closest existing name.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EXTERNAL, closestPath, type SiteMap } from '../links';
import { closestName } from '../suggest';
import type { Problem } from '../problems';
import type { LessonReference } from './types';

/** A lesson's images to check: where it is, and what it shows. */
export interface LessonImages {
  /** The file as messages name it. */
  file: string;
  /** Its absolute path; relative images are next to it. */
  path: string;
  images: readonly LessonReference[];
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The closest file name in the folder of `path` (or the nearest folder above that exists). */
function closestFile(path: string, stop: string): string | undefined {
  let dir = dirname(path);
  while (!existsSync(dir) && dir.startsWith(stop) && dir !== stop) dir = dirname(dir);
  if (!existsSync(dir)) return undefined;
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  const name = closestName(path.split(sep).pop() ?? '', names);
  return name === undefined ? undefined : join(dir, name);
}

/** The problems of one lesson's images: each missing file, with a suggestion. */
export function checkImages(lesson: LessonImages, site: Pick<SiteMap, 'base' | 'hasFile' | 'files'>, guideDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const image of lesson.images) {
    const url = image.url.split(/[?#]/)[0] ?? '';
    if (!url || EXTERNAL.test(url)) continue;
    const where = { file: lesson.file, line: image.line, column: image.column };
    if (url.startsWith('/')) {
      const path = decodeURIComponent(url.startsWith(site.base) ? url.slice(site.base.length) : url.slice(1));
      if (site.hasFile(path)) continue;
      const guess = closestPath(path, site.files());
      problems.push({
        ...where,
        message: `The image \`${image.url}\` is not in the guide's \`public/\` folder.`,
        fix: guess ? `Did you mean \`/${guess}\`?` : `Put the file at \`public/${path}\` in the guide's folder, or next to the lesson and write \`![description](./${path.split('/').pop()})\`.`,
      });
      continue;
    }
    const target = resolve(dirname(lesson.path), decodeURI(url));
    if (isFile(target)) continue;
    const guess = closestFile(target, guideDir);
    const shown = (path: string) => {
      const rel = relative(dirname(lesson.path), path).split(sep).join('/');
      return rel.startsWith('.') ? rel : `./${rel}`;
    };
    problems.push({
      ...where,
      message: `The image \`${image.url}\` is missing: there is no file \`${shown(target)}\` relative to this lesson.`,
      fix: guess ? `Did you mean \`${shown(guess)}\`?` : 'Put the image next to the lesson, or in the `public/` folder of the guide and write its path from the root, e.g. `/images/flow.svg`.',
    });
  }
  return problems;
}
