/**
 * What the live region says when a kind has more to tell than the plain verdict: the words
 * a screen-reader user needs to know what a sighted learner sees at a glance. A revealed
 * answer names the right choices (or the expected answer); a wrong check of "select all that
 * apply" says how many picks were wrong, or that a right one is missing; a typed answer
 * wrong only in its capitals says so. Pure, and imported with explicit `.ts` paths, so that
 * `npm run verify` computes the same sentences it expects to hear.
 */
import { format, text } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import type { UiGroup } from '../../i18n/en.ts';

/** The learner strings of the guide's language. */
export type LearnerUi = UiGroup<'learner'>;

/**
 * Answers as one phrase of the guide's language, each quoted: `“2”, “3” and “5”` in English.
 * @example answerList(['2', '3', '5'], ui, 'en') // '“2”, “3”, and “5”'
 */
export function answerList(answers: readonly string[], ui: LearnerUi, lang: string): string {
  const quoted = answers.map((answer) => format(text(ui.quoted), { text: answer.replace(/\s+/g, ' ').trim() }));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(quoted);
}

/** After "Show answer" on a choice question: the right choice, or every right one. */
export function revealedChoices(answers: readonly string[], ui: LearnerUi, lang: string): string {
  if (answers.length === 1) return format(text(ui.revealedOne), { answer: answerList(answers, ui, lang) });
  return format(text(ui.revealedMany), { answers: answerList(answers, ui, lang) });
}

/** After "Show answer" on a typed question: the expected answer, as the key shows it. */
export function revealedTyped(answer: string, ui: LearnerUi, lang: string): string {
  return format(text(ui.revealedTyped), { answer: answerList([answer], ui, lang) });
}

/**
 * After a wrong check of "select all that apply": how many of the `picked` choices are
 * wrong, or, when none is, that a right one was left out.
 * @example wrongPicks(2, 3, ui, 'en') // 'Not quite: 2 of your choices are wrong. …'
 */
export function wrongPicks(wrong: number, picked: number, ui: LearnerUi, lang: string): string {
  if (wrong === 0 && picked > 0) return text(ui.missingPicks);
  return plural(lang, ui.wrongPicks, wrong);
}
