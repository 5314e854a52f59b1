/**
 * Folding lesson-page results into the review data (see `unfolded.ts`): a question got wrong
 * enters review, rated Again; a flashcard's "again" / "got it" is rated Again / Good. Each at
 * the time the lesson page recorded it, so intervals and the day's new-card count are those of
 * that moment. Pure; applying the result twice changes nothing.
 */
import { localOffset, type UtcOffset } from './day';
import { ratingForLessonCard } from './ratings';
import { answerOutsideReview, rateItem, type ReviewData } from './session';
import type { ReviewSettings } from './settings-schema';
import { unfolded, type ProgressRecords } from './unfolded';

/**
 * The review data with every result and rating of `progress` it lacks taken in. Only ids in
 * `known` are taken (the guide's self-checks, when the caller knows them); the data given is
 * not changed.
 * @example store.update((data) => foldProgress(data, progress, settings))
 */
export function foldProgress(
  data: ReviewData,
  progress: ProgressRecords,
  settings: Pick<ReviewSettings, 'retention'>,
  offset: UtcOffset = localOffset,
  known?: ReadonlySet<string>,
): ReviewData {
  let out = data;
  for (const entry of unfolded(progress, data.states)) {
    if (known && !known.has(entry.id)) continue;
    out =
      'card' in entry
        ? rateItem(out, entry.id, ratingForLessonCard(entry.card), entry.at, settings, offset)
        : answerOutsideReview(out, entry.id, entry.question, entry.at, settings, offset);
  }
  return out;
}
