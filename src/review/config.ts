/**
 * What the review feature's browser code knows of the guide, fixed at build time and served as
 * `virtual:mnemo/review` (src/integrations/review-modules.ts): where the learner's data is kept,
 * the guide's review settings, and what self-checks render with on the review page.
 */
import { studyKeys } from '../lib/progress/keys';
import type { Settings } from '../lib/settings';

/** The review configuration of one guide. */
export interface ReviewConfig {
  /** The guide's base path, e.g. `/guide/`: the catalogue and the lessons are under it. */
  base: string;
  /** The storage key of progress (question results, flashcard ratings on lesson pages). */
  progressKey: string;
  /** The storage key of review data (`studyKeys(base).review`). */
  reviewKey: string;
  /** `_guide.yaml` `review.newPerDay`: new flashcards a study day. */
  newPerDay: number;
  /** `_guide.yaml` `review.retention`: FSRS's desired retention, 0.7 to 0.97. */
  retention: number;
  /** The guide's `shuffle` setting, for questions rendered on the review page. */
  shuffle: boolean;
  /** The guide's language (BCP 47), for numbers, plurals and "in 3 days". */
  lang: string;
}

/**
 * The review configuration of a guide with `settings`.
 * @example reviewConfig(settings).reviewKey // 'mnemo:review:/guide/'
 */
export function reviewConfig(settings: Settings): ReviewConfig {
  const keys = studyKeys(settings.base);
  return {
    base: settings.base,
    progressKey: keys.progress,
    reviewKey: keys.review,
    newPerDay: settings.review.newPerDay,
    retention: settings.review.retention,
    shuffle: settings.shuffle,
    lang: settings.lang,
  };
}
