/**
 * Test helpers: survey a lesson from its source as `npm run check` and the build do, and show
 * problems compactly (`line:column message -> fix`).
 */
import { surveySource } from '../../../src/lib/survey/source';
import type { LessonSurvey } from '../../../src/lib/survey/types';
import { show } from '../checks/helpers';

/** Surveys `source` as the lesson `basics/intro` (`.mdx` unless `format` says `md`). */
export function survey(source: string, { format = 'mdx', expressions = false, titleLine }: { format?: 'md' | 'mdx'; expressions?: boolean; titleLine?: number } = {}): LessonSurvey {
  const file = `content/basics/intro.${format}`;
  return surveySource(
    { file, guideFile: `basics/intro.${format}`, slug: 'basics/intro', path: `/guide/${file}`, format, source, ...(titleLine === undefined ? {} : { titleLine }) },
    { expressions },
  );
}

/** The problems of a lesson's source, shown compactly. */
export function surveyProblems(source: string, options?: Parameters<typeof survey>[1]): string[] {
  return survey(source, options).problems.map(show);
}

/** A node of a compiled lesson's HTML tree, as the tests read it (captured as plain data). */
export interface Seen {
  type: string;
  name?: string;
  tagName?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Seen[];
}

/** The JSX elements of the tree named `name`, in document order. */
export function elements(tree: Seen, name: string): Seen[] {
  const found: Seen[] = [];
  const visit = (node: Seen) => {
    if (node.name === name) found.push(node);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}
