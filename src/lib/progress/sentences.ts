/**
 * The progress sentences pages show ("3 of 7 self-checks answered correctly"), in the guide's
 * language. Built into the page by the server; the badges only fill in the counts.
 */
import type { UiGroup } from '../../i18n/en';
import { format } from '../../i18n/format';
import { plural } from '../../i18n/plural';

/**
 * The progress sentences of a lesson or guide with `total` self-checks, waiting for their
 * counts: the plural form follows the total, which the build knows, so the badges on every
 * page fill in a number and need no plural rules or strings of their own.
 * @example sentenceTemplates(7, 0, en.progress, 'en').questions // '{right} of 7 self-checks answered correctly'
 */
export function sentenceTemplates(questions: number, cards: number, ui: UiGroup<'progress'>, lang: string): { questions: string; cards: string } {
  return {
    questions: plural(lang, ui.questionsRight, questions, { right: '{right}' }),
    cards: plural(lang, ui.cardsKnown, cards, { known: '{known}' }),
  };
}

/** The progress sentence of a lesson or guide, e.g. "3 of 7 self-checks answered correctly". */
export function progressSentence(right: number, total: number, ui: UiGroup<'progress'>, lang: string): string {
  return format(sentenceTemplates(total, 0, ui, lang).questions, { right }, lang);
}

/** The flashcard part of a lesson's progress, e.g. "2 of 5 flashcards marked “got it”". */
export function cardsSentence(known: number, total: number, ui: UiGroup<'progress'>, lang: string): string {
  return format(sentenceTemplates(0, total, ui, lang).cards, { known }, lang);
}
