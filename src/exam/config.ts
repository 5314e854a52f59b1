/**
 * What an exam page or the practice page tells its `<mnemo-exam>` element (`data-config`):
 * everything the build knows that a draw needs, so the browser fetches only the catalogue
 * index and the drawn questions. Browser-safe.
 */
import type { StudyKeys } from '../lib/progress/keys';
import type { Selection } from './pool';

/** The settings of one exam, as the build writes them into its page. */
export interface ExamConfig {
  /** The attempt key: the exam page's route slug, or `practice`. */
  exam: string;
  /** The guide's base path, e.g. `/guide/` (the catalogue is under it). */
  base: string;
  /**
   * The guide's storage keys (`studyKeys(base)`), written by the build so that the page's
   * script does not bring in the progress store to compute them.
   */
  keys: StudyKeys;
  /** The guide's language (BCP 47), for plurals and lists. */
  lang: string;
  /** The guide's `shuffle` setting, for questions that set none. */
  shuffle: boolean;
  /** Questions per attempt; absent on the practice page, where the learner chooses. */
  questions?: number;
  /** What the exam draws from; the practice page's learner chooses instead. */
  selection: Selection;
  /** Question ids always included: the exam page's own questions, in document order. */
  include: string[];
  /** Route slugs of every exam page, whose own questions no other test draws. */
  exclude: string[];
  /** Minutes allowed; absent when untimed (or chosen on the practice page). */
  timeLimit?: number;
  /** Lowest passing score in percent. */
  passMark: number;
}

/** What a learner starts: the exam's settings with their choices applied. */
export interface StartOptions {
  seed: string;
  count: number;
  selection: Selection;
  timeLimit?: number;
  weakSpots: boolean;
  layout: 'one' | 'all';
}
