/**
 * The analysis of one lesson's self-checks: every rule of the authoring contract checked
 * (every problem collected, never just the first), one spec per question and flashcard.
 * A pure reading of the tree: the rewrite for rendering is a separate step (`rewrite.ts`).
 */
import type { Root } from 'mdast';
import { sortProblems } from '../../lib/problems';
import { analyzeDeck, analyzeFlashcard } from '../kinds/flashcard/read';
import type { CheckSpec, SpecOf } from '../schema';
import { checkAttributeNames } from './attributes';
import { createIdRegistry } from './lesson-ids';
import { getAttribute, positionOf, type JsxElement } from './mdx';
import { checkPlacement } from './placement';
import { clip, readQuestion } from './question';
import { createReporter, type CheckContext } from './report';
import type { AnalyzeOptions, CardNodes, DeckNodes, LessonAnalysis, QuestionNodes } from './types';
import { findComponents } from './walk';

export type { AnalyzeOptions, IdUse, LessonAnalysis } from './types';

/**
 * Checks the self-checks of a lesson parsed with remark-mdx and remark-gfm (and prepared by
 * `liftComponents`). Leaves the tree as it is.
 * @example
 * const { checks, problems } = analyzeLesson(tree, { file: 'basics/intro.mdx', lesson: 'basics/intro' });
 */
export function analyzeLesson(tree: Root, opts: AnalyzeOptions): LessonAnalysis {
  const { problems, report } = createReporter(opts.file);
  const ctx: CheckContext = { file: opts.file, guideFile: opts.guideFile ?? opts.file, lesson: opts.lesson, report };
  const found = findComponents(tree);
  for (const component of found) {
    checkPlacement(component, ctx);
    checkAttributeNames(component.node, component.name, ctx);
  }

  const ids = createIdRegistry(ctx);
  const deckOf = new Map<JsxElement, DeckNodes>();
  const deckIds = new Set<string>();
  const checks: CheckSpec[] = [];
  const questions: QuestionNodes[] = [];
  const cards: CardNodes[] = [];
  // Outer components come first, so a deck is read before its cards.
  for (const { node, name, parent } of found) {
    if (name === 'Question') {
      const question = readQuestion(node, ctx);
      ids.claim(question.id, [getAttribute(node, 'id'), node]);
      if (question.spec) {
        checks.push(question.spec);
        questions.push(question as QuestionNodes);
      }
    } else if (name === 'Deck') {
      const deck = analyzeDeck(node, ctx, deckIds);
      const spec = { id: deck.id, count: Math.max(deck.cards.length, 1), ...(deck.title === undefined ? {} : { title: deck.title }), ...(deck.shuffle === undefined ? {} : { shuffle: deck.shuffle }) };
      deckOf.set(node, { spec, node, cards: deck.cards });
    } else if (name === 'Flashcard') {
      const card = analyzeFlashcard(node, ctx);
      ids.claim(card.id, [getAttribute(node, 'id'), node]);
      const deck = deckOf.get(parent as JsxElement);
      const spec: SpecOf<'flashcard'> = {
        kind: 'flashcard',
        id: card.id,
        lesson: opts.lesson,
        file: ctx.guideFile,
        line: positionOf(node).line,
        stem: clip(card.front),
        back: card.back,
        ...(deck ? { deck: deck.spec.id } : {}),
        ...(deck?.spec.shuffle === undefined ? {} : { shuffle: deck.spec.shuffle }),
      };
      checks.push(spec);
      cards.push(deck ? { spec, node, position: deck.cards.indexOf(node) + 1 } : { spec, node });
    }
  }
  return { checks, problems: sortProblems(problems), ids: ids.uses, questions, cards, decks: [...deckOf.values()] };
}
