/**
 * The guide's one report, before any page renders: the problems of its structure and of each
 * lesson, then what only the whole guide shows (an id used in two lessons, two elements of a
 * page sharing an id, a link to a page, anchor or file that will not exist, a missing image),
 * from the lessons' surveys. `npm run check` and the build make it with the same function.
 */
import { dirname, relative, sep } from 'node:path';
import { joinLessons } from '../../checks/build/validate-guide';
import { guideExamProblems } from '../../exam/build/guide-exams';
import type { CheckSpec } from '../../checks/schema';
import type { Guide, Lesson } from '../content/model';
import { checkLinks, type LessonLink } from '../links';
import { sortProblems, type Problem } from '../problems';
import { checkImages } from './images';
import { LAYOUT_IDS, siteMap, type SiteMapInput } from './site-map';
import type { LessonSurvey } from './types';

/** The guide's self-checks and every problem found, sorted. */
export interface GuideReport {
  checks: CheckSpec[];
  problems: Problem[];
}

/** What the report is made from. */
export type GuideReportInput = SiteMapInput;

/**
 * Problems of ids on one lesson's page: an id of its content (a heading's, an authored one)
 * that a self-check, a deck or the layout also carries, or two of its content's ids alike.
 */
function pageIdProblems(survey: LessonSurvey, checkAnchors: GuideReportInput['checkAnchors']): Problem[] {
  const owners = new Map<string, string>();
  for (const id of LAYOUT_IDS) owners.set(id, "the page's layout");
  for (const id of survey.decks) owners.set(id, 'a deck');
  for (const check of survey.checks) {
    const what = `the ${check.kind === 'flashcard' ? 'flashcard' : 'question'} at line ${check.line}`;
    for (const id of checkAnchors(check)) if (!owners.has(id)) owners.set(id, what);
  }
  const problems: Problem[] = [];
  for (const anchor of survey.anchors) {
    const owner = owners.get(anchor.id);
    if (owner === undefined) {
      owners.set(anchor.id, anchor.line ? `the element at line ${anchor.line}` : 'another element');
      continue;
    }
    const self = owner.startsWith('the question') || owner.startsWith('the flashcard');
    problems.push({
      file: survey.file,
      line: anchor.line,
      column: anchor.line ? 1 : 0,
      message: `This ${anchor.heading ? 'heading gets' : 'element has'} the id \`${anchor.id}\`, which ${owner} also has, so links to \`#${anchor.id}\` are ambiguous.`,
      fix: anchor.heading
        ? `Reword the heading${self ? `, or give the self-check another id, e.g. \`id="${anchor.id}-check"\`` : ''}.`
        : `Give this element another id, e.g. \`id="${anchor.id}-2"\`.`,
    });
  }
  return problems;
}

/** The folder of a lesson, relative to the guide's (`releasing/`), for links written relative to its file. */
function folderOf(lesson: Lesson, contentDir: string): string {
  const dir = relative(contentDir, dirname(lesson.path)).split(sep).join('/');
  return dir ? `${dir}/` : '';
}

/**
 * The report of a guide whose lessons have been surveyed. `guide.problems` come first
 * in the list, then each lesson's, then the guide-wide ones; the list is sorted by file and
 * position, each consequence after its cause.
 * @example const { problems, checks } = guideReport({ guide, contentDir, base, surveys, publicFiles, checkAnchors });
 */
export function guideReport(input: GuideReportInput): GuideReport {
  const { guide, surveys } = input;
  const lessons = guide.lessons.flatMap((lesson) => {
    const survey = surveys.get(lesson.slug);
    return survey ? [{ lesson, survey }] : [];
  });
  const joined = joinLessons(
    lessons.map(({ lesson, survey }) => ({ ...survey, guideFile: relative(input.contentDir, lesson.path).split(sep).join('/') })),
  );
  const site = siteMap(input);
  const folders = new Map(guide.lessons.map((lesson) => [lesson.slug, folderOf(lesson, input.contentDir)]));
  const links: LessonLink[] = lessons.flatMap(({ lesson, survey }) =>
    survey.references.filter((r) => r.kind === 'link').map((r) => ({ file: survey.file, lesson: lesson.slug, url: r.url, line: r.line, column: r.column })),
  );
  // Exam pools are counted from every lesson's questions, so only once they all read right:
  // a lesson that failed would make a pool look too small.
  const exams = joined.problems.length ? [] : guideExamProblems(guide, joined.checks);
  const problems = [
    ...guide.problems,
    ...joined.problems,
    ...exams,
    ...lessons.flatMap(({ survey }) => (survey.problems.length ? [] : pageIdProblems(survey, input.checkAnchors))),
    ...checkLinks(links, site, (slug) => folders.get(slug) ?? ''),
    ...lessons.flatMap(({ lesson, survey }) =>
      checkImages({ file: survey.file, path: lesson.path, images: survey.references.filter((r) => r.kind === 'image') }, site, input.contentDir),
    ),
  ];
  return { checks: joined.checks, problems: sortProblems(problems) };
}
