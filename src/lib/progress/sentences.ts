/**
 * The progress sentences pages show ("3 of 7 self-checks answered correctly"), in the guide's
 * language. Built into the page by the server; the badges only fill in the counts.
 */
import type { UiGroup } from '../../i18n/en';
import { format, text } from '../../i18n/format';
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

/**
 * The whole progress line of a lesson or guide, waiting for `{right}` and `{known}`: the
 * sentences it has, joined and ended with its language's punctuation, after `lead` (for a
 * badge, what separates it from the lesson's name).
 * @example progressLine(7, 2, en.progress, 'en') // '{right} of 7 self-checks answered correctly; {known} of 2 flashcards marked “got it”.'
 */
export function progressLine(questions: number, cards: number, ui: UiGroup<'progress'>, lang: string, lead = ''): string {
  // Every page's navigation has a badge per lesson, and a guide has few distinct counts: a
  // build asks for the same few lines tens of thousands of times (issue 19).
  let lines = linesByUi.get(ui);
  if (!lines) linesByUi.set(ui, (lines = new Map()));
  const key = `${questions} ${cards} ${lang} ${lead}`;
  let line = lines.get(key);
  if (line === undefined) {
    const sentences = sentenceTemplates(questions, cards, ui, lang);
    const parts = [...(questions ? [sentences.questions] : []), ...(cards ? [sentences.cards] : [])];
    lines.set(key, (line = `${lead}${parts.join(text(ui.listSeparator))}${text(ui.sentenceEnd)}`));
  }
  return line;
}

/** The lines `progressLine` made, by the strings they were made with and then by counts, language and lead. */
const linesByUi = new WeakMap<UiGroup<'progress'>, Map<string, string>>();

/** The progress sentence of a lesson or guide, e.g. "3 of 7 self-checks answered correctly". */
export function progressSentence(right: number, total: number, ui: UiGroup<'progress'>, lang: string): string {
  return format(sentenceTemplates(total, 0, ui, lang).questions, { right }, lang);
}

/** The flashcard part of a lesson's progress, e.g. "2 of 5 flashcards marked “got it”". */
export function cardsSentence(known: number, total: number, ui: UiGroup<'progress'>, lang: string): string {
  return format(sentenceTemplates(0, total, ui, lang).cards, { known }, lang);
}
