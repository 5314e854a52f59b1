/**
 * The components every `.mdx` lesson gets without importing them: the lesson plugin
 * rewrites authored `<Question>`, `<Flashcard>` and `<Deck>` for these (build/rewrite.ts).
 */
import Deck from './Deck.astro';
import Flashcard from './Flashcard.astro';
import MnemoPart from './MnemoPart.astro';
import Question from './Question.astro';

/** Passed to a lesson's `<Content components={components} />`. */
export const components = { Question, Flashcard, Deck, MnemoPart };
