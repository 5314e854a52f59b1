/**
 * The words and figures an exam shows, as pure functions of its state and the guide's strings:
 * the clock, the time taken, lists of question numbers, the navigator's labels. Browser-safe.
 */
import type { UiGroup } from '../i18n/en';
import { text } from '../i18n/format';
import { plural } from '../i18n/plural';

/** The exam strings of the guide's language (`src/i18n/en.ts` `exam`). */
export type ExamUi = UiGroup<'exam'>;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Time left as a clock, rounded up to the second so it reads 0:00 only when time is up:
 * `m:ss` under an hour, `h:mm:ss` from an hour.
 * @example formatClock(2_345_100) // '39:06'
 * @example formatClock(3_600_000) // '1:00:00'
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/**
 * A time taken in words, whole seconds rounded down, e.g. "23 min 5 s" (the strings decide the words).
 * @example formatDuration(1_385_000, 'en', ui) // '23 min 5 s'
 */
export function formatDuration(ms: number, lang: string, ui: ExamUi): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (!minutes) return plural(lang, ui.seconds, seconds);
  return seconds ? text(ui.minutesSeconds, { minutes, seconds }, lang) : plural(lang, ui.minutes, minutes);
}

/**
 * Question numbers as the language lists them ("3, 7 and 12"), for the confirmation.
 * @example numberList([3, 7, 12], 'en') // '3, 7, and 12'
 */
export function numberList(numbers: readonly number[], lang: string): string {
  const items = numbers.map(String);
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * What the confirmation before submitting says: which questions are not answered and which are
 * flagged, by their numbers (1-based), or that every question is answered.
 * @example confirmText([2, 5], [], 'en', ui) // 'Questions 2 and 5 are not answered yet.'
 */
export function confirmText(unanswered: readonly number[], flagged: readonly number[], lang: string, ui: ExamUi): string[] {
  const lines: string[] = [];
  if (unanswered.length) lines.push(plural(lang, ui.confirmUnanswered, unanswered.length, { list: numberList(unanswered, lang) }));
  else lines.push(text(ui.confirmAll));
  if (flagged.length) lines.push(plural(lang, ui.confirmFlagged, flagged.length, { list: numberList(flagged, lang) }));
  return lines;
}

/**
 * The accessible name of a navigator button: its number first (the visible label, WCAG 2.5.3),
 * then whether it is answered and flagged.
 * @example navigatorLabel(3, true, true, ui) // 'Question 3, answered, flagged'
 */
export function navigatorLabel(n: number, answered: boolean, flagged: boolean, ui: ExamUi, lang?: string): string {
  const states = [text(answered ? ui.navAnswered : ui.navUnanswered), ...(flagged ? [text(ui.navFlagged)] : [])];
  return text(ui.navItem, { n, states: states.join(', ') }, lang);
}
