/**
 * What the build learns of one lesson while compiling it, for the guide's one report: its
 * problems, its self-checks, the links and images it writes and the anchors its page will
 * have. A pure record, filled from the lesson's one parse (or from its source, by
 * `npm run check`), and checked against the whole guide before any page renders.
 */
import type { IdUse } from '../../checks/build/types';
import type { CheckSpec } from '../../checks/schema';
import type { Problem } from '../problems';

/** A lesson as the survey needs it. */
export interface SurveyedFile {
  /** The file as messages name it (relative to the project root), e.g. `content/basics/intro.mdx`. */
  file: string;
  /** The file relative to the guide's folder (specs name it so), e.g. `basics/intro.mdx`. */
  guideFile: string;
  /** Route slug, e.g. `basics/intro`. */
  slug: string;
}

/**
 * A link or image a lesson writes. A `link` (also an HTML or JSX `src`) is an address, read
 * from the page; an `image` is a Markdown image (`![alt](./flow.svg)`), a file next to the
 * lesson unless it starts with `/` (a file of the site) or is a URL.
 */
export interface LessonReference {
  kind: 'link' | 'image';
  url: string;
  line: number;
  column: number;
}

/** An element id the lesson's page will have, from the lesson's own content. */
export interface PageAnchor {
  id: string;
  /** 1-based line of the element that carries it (0 when unknown). */
  line: number;
  /** True for a heading, whose id Astro derives from its text. */
  heading: boolean;
}

/** One lesson's survey. */
export interface LessonSurvey {
  file: string;
  slug: string;
  /** Problems found in the lesson alone (syntax, self-checks, expressions, components). */
  problems: Problem[];
  /** Its self-checks, in document order (complete only without problems). */
  checks: CheckSpec[];
  /** Every self-check id with its position, for duplicates across the guide. */
  ids: IdUse[];
  /** The ids of its decks. */
  decks: string[];
  references: LessonReference[];
  /** Ids of the lesson's own elements on its page (headings, footnotes, authored ids). */
  anchors: PageAnchor[];
}
