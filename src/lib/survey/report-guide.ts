/**
 * The report of a guide whose every lesson is surveyed: what a build makes of its compiles.
 * Apart from check-guide.ts, which reads lessons from their sources and so loads a Markdown
 * parser that a build does not otherwise need (issue 19).
 */
import { join } from 'node:path';
import { shapedCheckAnchors } from '../../checks/render/anchors';
import { resolveStrings } from '../../i18n';
import { GUIDE_PUBLIC_DIR, type Guide, type Lesson } from '../content/model';
import type { ProjectPaths } from '../paths';
import type { Settings } from '../settings';
import { guideReport, type GuideReport } from './guide-report';
import { listFiles } from './site-map';
import type { LessonSurvey } from './types';

/** The files a site's `public/` folders publish: the generator's (`<root>/public`), then the guide's own. */
export function publicFiles(paths: ProjectPaths): string[] {
  return [...new Set([...listFiles(join(paths.root, 'public')), ...listFiles(join(paths.content, GUIDE_PUBLIC_DIR))])];
}

/**
 * The report of a guide whose settings and structure are read, each lesson's survey given by
 * `surveyOf`: its self-checks, and every problem of its lessons and of the whole guide.
 */
export function reportSurveyedGuide(paths: ProjectPaths, settings: Settings, guide: Guide, surveyOf: (lesson: Lesson) => LessonSurvey): GuideReport {
  const ui = resolveStrings(settings.lang, settings.ui);
  const context = { store: '', shuffle: settings.shuffle, ui, lang: settings.lang };
  const surveys = new Map(guide.lessons.map((lesson) => [lesson.slug, surveyOf(lesson)]));
  return guideReport({ guide, contentDir: paths.content, base: settings.base, surveys, publicFiles: publicFiles(paths), checkAnchors: shapedCheckAnchors(context) });
}
