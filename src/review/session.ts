/**
 * What a rating or an answer does to the learner's review data: the one place where a rating
 * becomes a new state and, for a new card, an entry in the day's new-card log. Pure: the caller
 * reads the data from the progress store and writes the result back.
 */
import { localOffset, studyDay, type UtcOffset } from './day';
import { recordNewCard, type NewCardLog } from './new-cards';
import { ratingForQuestion, type QuestionOutcome, type ReviewRating } from './ratings';
import { schedule } from './schedule';
import type { ReviewSettings } from './settings-schema';
import type { ReviewState } from './state';

/** Everything stored for review: each item's state by id, and today's new cards. */
export interface ReviewData {
  states: Record<string, ReviewState>;
  newCards?: NewCardLog;
  /**
   * Ids holding a state that the guide no longer has (a self-check removed, or its lesson made a
   * draft), as the review page last found them: kept, in case it comes back, but not counted as
   * due in the header.
   */
  missing?: string[];
}

/**
 * The data after the learner rates item `id` at `now` (ms): on the review page, or a lesson
 * page's flashcard (see `ratingForLessonCard`). A card rated for the first time, wherever,
 * counts as introduced today, against `newPerDay` (as in Anki, where studying a new card in any
 * way uses up the day's allowance). The given data is not changed.
 */
export function rateItem(
  data: ReviewData,
  id: string,
  rating: ReviewRating,
  now: number,
  settings: Pick<ReviewSettings, 'retention'>,
  offset: UtcOffset = localOffset,
): ReviewData {
  const state = data.states[id];
  const states = { ...data.states, [id]: schedule(id, state, rating, now, settings, offset) };
  if (state && state.phase !== 'new') return { ...data, states };
  return { ...data, states, newCards: recordNewCard(data.newCards, id, studyDay(now, offset)) };
}

/**
 * The data after a question is answered outside the review page (lesson, exam, practice test):
 * a question got wrong (or its answer revealed) that is not yet a review item becomes one, rated
 * Again, so it comes back within minutes; it does not use up the new-card allowance, which is
 * for flashcards. Any other outcome leaves the schedule alone: answering right after reading the
 * lesson is not a spaced recall, and an item in review is rated in review.
 */
export function answerOutsideReview(
  data: ReviewData,
  id: string,
  outcome: QuestionOutcome,
  now: number,
  settings: Pick<ReviewSettings, 'retention'>,
  offset: UtcOffset = localOffset,
): ReviewData {
  const state = data.states[id];
  if (ratingForQuestion(outcome) !== 'again' || (state && state.phase !== 'new')) return data;
  return { ...data, states: { ...data.states, [id]: schedule(id, undefined, 'again', now, settings, offset) } };
}
