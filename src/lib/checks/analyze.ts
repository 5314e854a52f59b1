/**
 * Build-time analysis of one lesson's self-checks: every rule of the authoring contract is
 * checked (all problems collected, never just the first), a manifest row is produced per
 * question and flashcard, and the tree is rewritten into the render contract.
 */
import type { Root } from 'mdast';
import { sortProblems } from '../problems';
import { checkAttributeNames } from './attributes';
import { flashcardEntry, questionEntry } from './entries';
import { analyzeDeck, analyzeFlashcard, renderDeck, renderFlashcard, type DeckModel } from './flashcards';
import { createIdRegistry } from './lesson-ids';
import { liftComponents } from './lift';
import { getAttribute, type JsxElement } from './mdx';
import { checkPlacement } from './placement';
import { analyzeQuestion } from './question';
import { renderQuestion } from './question-render';
import { createReporter, type CheckContext } from './report';
import type { AnalyzeOptions, CheckEntry, LessonAnalysis } from './types';
import { findComponents } from './walk';

export type { AnalyzeOptions, CheckChoice, CheckEntry, CheckKind, IdUse, LessonAnalysis } from './types';

/**
 * Checks a lesson parsed with remark-mdx and remark-gfm and rewrites `tree` in place for
 * rendering. The rewritten tree is only meant to be rendered when `problems` is empty.
 * @example
 * const { checks, problems } = analyzeLesson(tree, { file: 'content/basics/intro.mdx', lesson: 'basics/intro' });
 */
export function analyzeLesson(tree: Root, opts: AnalyzeOptions): LessonAnalysis {
  const { problems, report } = createReporter(opts.file);
  const ctx: CheckContext = { file: opts.file, lesson: opts.lesson, report };
  liftComponents(tree);
  const found = findComponents(tree);
  for (const component of found) {
    checkPlacement(component, ctx);
    checkAttributeNames(component.node, component.name, ctx);
  }

  const ids = createIdRegistry(ctx);
  const decks = new Map<JsxElement, DeckModel>();
  const deckIds = new Set<string>();
  const checks: CheckEntry[] = [];
  // Outer components come first, so a deck is read before its cards.
  for (const { node, name, parent } of found) {
    if (name === 'Question') {
      const question = analyzeQuestion(node, ctx);
      ids.claim(question.id, [getAttribute(node, 'id'), node]);
      checks.push(questionEntry(question, opts));
      renderQuestion(question, opts.lesson);
    } else if (name === 'Deck') {
      const deck = analyzeDeck(node, ctx, deckIds);
      decks.set(node, deck);
      renderDeck(deck);
    } else if (name === 'Flashcard') {
      const deck = decks.get(parent as JsxElement);
      const card = analyzeFlashcard(node, ctx);
      ids.claim(card.id, [getAttribute(node, 'id'), node]);
      checks.push(flashcardEntry(card, opts, deck));
      renderFlashcard(card, opts.lesson, deck);
    }
  }
  return { checks, problems: sortProblems(problems), ids: ids.uses };
}
