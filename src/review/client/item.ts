/**
 * Rendering one item of the catalogue on the review page as its lesson renders it, with the
 * same functions and the guide's strings (which the page hands over, `data-strings`): a
 * flashcard at once (its lesson's "Again / Got it" stay hidden: the review page rates it), a
 * question through `question-item.ts`, which loads with the first one due, together with the
 * lesson pages' own script for `<mnemo-question>` (`data-question-script`).
 */
import * as config from 'virtual:mnemo/review';
import questionModule from 'virtual:mnemo/review-module/question';
import type { CatalogueItem } from '../../checks/catalogue/collect';
import { renderFlashcard } from '../../checks/render/flashcard';
import type { FlashcardParts, QuestionParts, RenderContext } from '../../checks/render/types';

type QuestionModule = typeof import('./question-item');

/** Renders items for the page whose root element is `root`. */
export function itemRenderer(root: HTMLElement): (item: CatalogueItem) => Promise<string> {
  const context: RenderContext = { store: config.progressKey, shuffle: config.shuffle, lang: config.lang, ui: JSON.parse(root.dataset.strings!) as RenderContext['ui'] };
  let questions: Promise<QuestionModule> | undefined;
  return async (item) => {
    const { spec } = item;
    if (spec.kind === 'flashcard') return renderFlashcard(spec, item.parts as FlashcardParts, context);
    questions ??= Promise.all([
      import(/* @vite-ignore */ questionModule) as Promise<QuestionModule>,
      import(/* @vite-ignore */ root.dataset.questionScript!),
    ]).then(([module]) => module);
    return (await questions).renderReviewQuestion(spec, item.parts as QuestionParts, context);
  };
}
