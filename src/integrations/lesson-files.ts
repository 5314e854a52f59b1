/**
 * The guide's lessons as the compile's plugins look them up: by absolute path, with what the
 * survey needs (their names for messages, slug, format, title line, and for `.md` lessons the
 * lines Astro leaves out before the body it compiles).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Guide } from '../lib/content/model';
import type { ProjectPaths } from '../lib/paths';
import { markdownLineOffset, type CompiledLesson } from '../lib/survey/plugins';

/** Each lesson of the guide, by absolute path, as the plugins need it. */
export function lessonFiles(guide: Guide, paths: ProjectPaths): Map<string, CompiledLesson> {
  return new Map(
    guide.lessons.map((lesson) => [
      resolve(lesson.path),
      {
        file: lesson.file,
        guideFile: relative(paths.content, lesson.path).split(sep).join('/'),
        slug: lesson.slug,
        format: lesson.format,
        ...(lesson.titleLine === undefined ? {} : { titleLine: lesson.titleLine }),
        ...(lesson.format === 'md' ? { lineOffset: markdownLineOffset(readFileSync(lesson.path, 'utf8')) } : {}),
      },
    ]),
  );
}
