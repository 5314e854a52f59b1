/**
 * The scheduling core of the review page, for browser code: pure functions over plain JSON,
 * FSRS through ts-fsrs. Not re-exported here: `settings-schema.ts`, which is build-time only
 * (it imports zod); take its `ReviewSettings` type with `import type`.
 */
export { DAY_MS, DAY_START_HOUR, dayStart, localOffset, nextDayStart, studyDay, type UtcOffset } from './day';
export { DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION, DEFAULT_REVIEW_SETTINGS } from './defaults';
export { dueAt, dueByDay, dueToday } from './due';
export { displayInterval, intervalMs, untilDue, type Interval, type IntervalUnit } from './interval';
export { previewIntervals } from './preview';
export { foldProgress } from './fold';
export { formatInterval, formatUntil, spellInterval, type UnitWords } from './interval-text';
export { mergeReviewState, mergeReviewStates } from './merge';
export { mergeNewCardLogs, newCardsToday, readNewCardLog, recordNewCard, type NewCardLog } from './new-cards';
export { buildQueue, LEARN_AHEAD_MS, nextDue, type QueueInput, type ReviewQueue } from './queue';
export { RATINGS, ratingForLessonCard, ratingForQuestion, type QuestionOutcome, type ReviewRating } from './ratings';
export { readReviewState, readReviewStates } from './read-state';
export { previewSchedule, schedule } from './schedule';
export { answerOutsideReview, rateItem, type ReviewData } from './session';
export { fromCard, newState, toCard, type ReviewPhase, type ReviewState } from './state';
export { createReviewStore, parseReviewData, REVIEW_VERSION, type ReviewStore } from './store';
export { unfolded, type ProgressRecords, type Unfolded } from './unfolded';
