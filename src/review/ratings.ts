/**
 * The four recall ratings of FSRS and Anki, and how results from elsewhere in the guide turn
 * into them. Questions are rated by their result, so they never reach Easy: only a flashcard's
 * explicit Easy button gives it.
 */

/** A recall rating: Again (forgotten), Hard, Good, Easy (ts-fsrs `Rating.Again`...`Rating.Easy`). */
export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

/** Every rating, in button order. */
export const RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

/**
 * How a question was answered: right or wrong at the first check, or its answer revealed without
 * a right answer; `hinted` when a hint was shown before.
 */
export interface QuestionOutcome {
  result: 'right' | 'wrong' | 'revealed';
  hinted: boolean;
}

/**
 * The rating a question earns, as the issue sets it: wrong → Again; right after a hint → Hard;
 * right → Good. Revealing the answer counts as wrong: the learner did not recall it.
 * @example ratingForQuestion({ result: 'right', hinted: true }) // 'hard'
 */
export function ratingForQuestion(outcome: QuestionOutcome): Exclude<ReviewRating, 'easy'> {
  if (outcome.result !== 'right') return 'again';
  return outcome.hinted ? 'hard' : 'good';
}

/**
 * The rating of a lesson page's flashcard button: "Again" → Again, "Got it" → Good (the lesson
 * page offers no Hard or Easy, and "got it" is an ordinary recall).
 * @example ratingForLessonCard('got') // 'good'
 */
export function ratingForLessonCard(rating: 'again' | 'got'): 'again' | 'good' {
  return rating === 'again' ? 'again' : 'good';
}
