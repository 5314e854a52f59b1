/**
 * Checking a whole guide: its settings, its structure, every lesson (surveyed in its compile,
 * or read from its source), and what only the whole guide shows. One function for the build,
 * the dev server and `npm run check`, so they report the same problems in the same words.
 * A build whose every lesson compiled reports through report-guide.ts alone.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { CheckSpec } from '../../checks/schema';
import { loadGuide, type Guide, type Lesson } from '../content/model';
import type { ProjectPaths } from '../paths';
import type { Problem } from '../problems';
import { readSettings, type SettingOverrides, type Settings } from '../settings';
import type { GuideReport } from './guide-report';
import { reportSurveyedGuide } from './report-guide';
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
export function reportGuide(paths: ProjectPaths, settings: Settings, guide: Guide, surveyOf: (lesson: Lesson) => LessonSurvey | undefined = () => undefined): GuideReport {
  const guideFile = (lesson: Lesson) => relative(paths.content, lesson.path).split(sep).join('/');
  return reportSurveyedGuide(paths, settings, guide, (lesson) => surveyOf(lesson) ?? surveyFromSource(lesson, guideFile(lesson), settings));
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
