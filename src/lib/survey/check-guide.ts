/**
 * Checking a whole guide: its settings, its structure, every lesson (surveyed in its compile,
 * or read from its source), and what only the whole guide shows. One function for the build,
 * the dev server and `npm run check`, so they report the same problems in the same words.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { shapedCheckAnchors } from '../../checks/render/anchors';
import type { CheckSpec } from '../../checks/schema';
import { resolveStrings } from '../../i18n';
import { GUIDE_PUBLIC_DIR, loadGuide, type Guide, type Lesson } from '../content/model';
import type { ProjectPaths } from '../paths';
import type { Problem } from '../problems';
import { readSettings, type SettingOverrides, type Settings } from '../settings';
import { guideReport } from './guide-report';
import { listFiles } from './site-map';
import { surveySource } from './source';
import type { LessonSurvey } from './types';

/** A guide as checked: its settings and structure, its self-checks, and every problem and warning. */
export interface GuideCheck {
  settings: Settings;
  guide: Guide;
  checks: CheckSpec[];
  problems: Problem[];
  warnings: Problem[];
}

/** The files a site's `public/` folders publish: the generator's (`<root>/public`), then the guide's own. */
export function publicFiles(paths: ProjectPaths): string[] {
  return [...new Set([...listFiles(join(paths.root, 'public')), ...listFiles(join(paths.content, GUIDE_PUBLIC_DIR))])];
}

/** A lesson's survey from its source, as `npm run check` reads it. */
export function surveyFromSource(lesson: Lesson, guideFile: string, settings: Settings): LessonSurvey {
  const source = readFileSync(lesson.path, 'utf8');
  const titleLine = lesson.titleLine === undefined ? {} : { titleLine: lesson.titleLine };
  return surveySource({ file: lesson.file, guideFile, slug: lesson.slug, path: lesson.path, format: lesson.format, source, ...titleLine }, settings);
}

/**
 * The report of a guide whose settings and structure are read: each lesson's survey comes
 * from `surveyOf` (the compile's), or from its source when it has none.
 */
export function reportGuide(paths: ProjectPaths, settings: Settings, guide: Guide, surveyOf: (lesson: Lesson) => LessonSurvey | undefined = () => undefined) {
  const ui = resolveStrings(settings.lang, settings.ui);
  const context = { store: '', shuffle: settings.shuffle, ui, lang: settings.lang };
  const guideFile = (lesson: Lesson) => relative(paths.content, lesson.path).split(sep).join('/');
  const surveys = new Map(guide.lessons.map((lesson) => [lesson.slug, surveyOf(lesson) ?? surveyFromSource(lesson, guideFile(lesson), settings)]));
  return guideReport({ guide, contentDir: paths.content, base: settings.base, surveys, publicFiles: publicFiles(paths), checkAnchors: shapedCheckAnchors(context) });
}

/**
 * Checks a guide from its files, as `npm run check` does: settings (with `overrides` such as
 * `MNEMO_BASE`), structure, and every lesson.
 */
export function checkGuide(paths: ProjectPaths, overrides?: SettingOverrides): GuideCheck {
  const read = readSettings(paths.content, paths.root, overrides);
  const guide = loadGuide(paths.content, paths.root);
  const { checks, problems } = reportGuide(paths, read.settings, guide);
  return { settings: read.settings, guide, checks, problems: [...read.problems, ...problems], warnings: guide.warnings };
}
