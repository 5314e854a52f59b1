/**
 * Surveying one lesson's tree (mdast, after smart punctuation, as the compile hands it to
 * Mnemo's plugins): its self-checks are analysed, and every problem the lesson has on its
 * own is collected with the links and images it writes. A reading of the tree: only
 * `liftComponents` (which every reader of self-checks applies first) changes it.
 */
import type { Root } from 'mdast';
import { analyzeLesson } from '../../checks/build/analyze';
import { liftComponents } from '../../checks/build/lift';
import type { LessonAnalysis } from '../../checks/build/types';
import { sortProblems } from '../problems';
import { markdownComponentProblems, unknownComponentProblems } from './components';
import { expressionProblems, hasEsm } from './expressions';
import { collectReferences } from './references';
import type { LessonSurvey, SurveyedFile } from './types';

/** How lessons are read: the guide's `expressions` setting. */
export interface SurveyOptions {
  /** Run `{...}` and `import`/`export` lines as JavaScript, as MDX does (`expressions: true`). */
  expressions: boolean;
}

/** A lesson's survey (its anchors still to come from its HTML tree) and, for `.mdx`, the analysis the rewrite reads. */
export interface TreeSurvey {
  survey: LessonSurvey;
  analysis?: LessonAnalysis;
}

/**
 * Surveys a lesson's tree. `format` says how it was parsed: `mdx` (self-checks, expressions and
 * components are read) or `md` (plain Markdown, where a self-check tag is a problem).
 */
export function surveyTree(tree: Root, lesson: SurveyedFile, format: 'md' | 'mdx', options: SurveyOptions): TreeSurvey {
  const base = { file: lesson.file, slug: lesson.slug, references: collectReferences(tree), anchors: [] };
  if (format === 'md') {
    return { survey: { ...base, problems: markdownComponentProblems(tree, lesson.file), checks: [], ids: [], decks: [] } };
  }
  liftComponents(tree);
  const analysis = analyzeLesson(tree, { file: lesson.file, guideFile: lesson.guideFile, lesson: lesson.slug });
  const problems = [...analysis.problems];
  if (!options.expressions) problems.push(...expressionProblems(tree, lesson.file));
  if (!options.expressions || !hasEsm(tree)) problems.push(...unknownComponentProblems(tree, lesson.file));
  const survey: LessonSurvey = {
    ...base,
    problems: sortProblems(problems),
    checks: analysis.checks,
    ids: analysis.ids,
    decks: analysis.decks.map((deck) => deck.spec.id),
  };
  return { survey, analysis };
}
