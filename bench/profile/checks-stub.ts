/**
 * Pass-through stand-ins for every self-check component, used by the profiling config when
 * `BENCH_OFF=checks`: the lesson page renders the authored tags as plain divs, so the build
 * skips Mnemo's components, their scripts and styles.
 */
import PassThrough from './PassThrough.astro';

export const components = Object.fromEntries(
  ['Question', 'QuestionStem', 'QuestionChoices', 'Choice', 'Answer', 'QuestionHints', 'Hint', 'Explanation', 'Flashcard', 'Deck'].map(
    (name) => [name, PassThrough],
  ),
);
