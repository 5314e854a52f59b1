/**
 * The components every `.mdx` lesson gets without importing them: the names of the render
 * contract that `remark-self-checks` rewrites authored `<Question>`, `<Flashcard>` and
 * `<Deck>` into (see docs/self-checks.md).
 */
import Answer from './Answer.astro';
import Choice from './Choice.astro';
import Deck from './Deck.astro';
import Explanation from './Explanation.astro';
import Flashcard from './Flashcard.astro';
import Hint from './Hint.astro';
import Question from './Question.astro';
import QuestionChoices from './QuestionChoices.astro';
import QuestionHints from './QuestionHints.astro';
import QuestionStem from './QuestionStem.astro';

/** Passed to a lesson's `<Content components={components} />`. */
export const components = {
  Question,
  QuestionStem,
  QuestionChoices,
  Choice,
  Answer,
  QuestionHints,
  Hint,
  Explanation,
  Flashcard,
  Deck,
};
