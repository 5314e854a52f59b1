/**
 * The review widget's view: its parts in the server-rendered markup (ReviewSession.astro), and
 * how each state of a session shows in them. It decides nothing; `review-element.ts` does.
 */
import * as config from 'virtual:mnemo/review';
import ui from 'virtual:mnemo/ui/review';
import { format, text } from '../../i18n/format';
import { plural } from '../../i18n/plural';
import { untilDue, type Interval } from '../interval';
import { formatInterval, formatUntil, spellInterval } from '../interval-text';
import type { ReviewQueue } from '../queue';
import type { ReviewRating } from '../ratings';
import type { LessonRef } from './guide-items';
import { shortcutsOf, type ReviewMode } from './keys';

/** The view of one `<mnemo-review>`. */
export type ReviewView = ReturnType<typeof bindView>;

const RATING_WORDS: Record<ReviewRating, string> = { again: text(ui.again), hard: text(ui.hard), good: text(ui.good), easy: text(ui.easy) };

/** "in 3 days", "tomorrow": when an instant (ms) comes, from `now`. */
export const whenText = (at: number, now: number) => formatUntil(untilDue(at, now), config.lang);

/** The parts of `root`, and how to show each state in them. */
export function bindView(root: HTMLElement) {
  const part = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`)!;
  const [loading, failed, counts, stage, lesson, item] = ['loading', 'failed', 'counts', 'stage', 'lesson', 'item'].map(part) as HTMLElement[];
  const [controls, reveal, ratings, note, next, keys, done, doneNext, doneCount, status] = [
    'controls', 'reveal', 'ratings', 'note', 'next', 'keys', 'done', 'done-next', 'done-count', 'status',
  ].map(part) as HTMLElement[];
  const buttons = [...ratings!.querySelectorAll<HTMLButtonElement>('[data-rating]')];
  part('needs-script').remove();
  loading!.hidden = false;

  return {
    stage: stage!,
    reveal: reveal as HTMLButtonElement,
    next: next as HTMLButtonElement,
    buttons,
    /** Announces `message` in the widget's live region (emptied first, so a repeat is heard). */
    say(message: string) {
      status!.textContent = '';
      requestAnimationFrame(() => (status!.textContent = message));
    },
    /** The catalogue could not be loaded. */
    fail() {
      loading!.hidden = true;
      failed!.hidden = false;
    },
    /** "Due now: 2 learning, 12 to review, 5 new." */
    counts(queue: ReviewQueue['counts']) {
      counts!.textContent = format(text(ui.counts), queue);
      counts!.hidden = false;
    },
    /** Puts an item's HTML on the stage, naming its kind and linking its lesson. */
    item(html: string, isCard: boolean, from: LessonRef | undefined, id: string) {
      loading!.hidden = true;
      done!.hidden = true;
      const kindText = text(isCard ? ui.flashcard : ui.question);
      lesson!.textContent = from?.title ?? '';
      lesson!.setAttribute('href', from ? `${config.base}${from.slug}/#${id}` : config.base);
      stage!.setAttribute('aria-label', format(text(ui.itemLabel), { kind: kindText, lesson: from?.title ?? '' }));
      item!.innerHTML = html;
      stage!.hidden = false;
      controls!.hidden = false;
      keys!.hidden = false;
    },
    /** Shows the controls of a mode; `noteText` is the note under a question. */
    mode(mode: ReviewMode, noteText = '') {
      reveal!.hidden = mode !== 'front';
      ratings!.hidden = mode !== 'back';
      note!.hidden = !noteText;
      note!.textContent = noteText;
      next!.hidden = mode !== 'answered';
      const shortcuts = shortcutsOf(mode);
      if (shortcuts) stage!.setAttribute('aria-keyshortcuts', shortcuts);
      else stage!.removeAttribute('aria-keyshortcuts');
    },
    /** Labels each answer button with the interval it gives ("3 d"; "Good, next review in 3 days" for screen readers). */
    intervals(intervals: Record<ReviewRating, Interval>) {
      for (const button of buttons) {
        const rating = button.dataset.rating as ReviewRating;
        const interval = intervals[rating];
        button.querySelector('[data-interval]')!.textContent = formatInterval(interval, ui, config.lang);
        button.setAttribute('aria-label', format(text(ui.rateName), { rating: RATING_WORDS[rating], interval: spellInterval(interval, config.lang) }));
      }
    },
    /** The end of a session: when the next item is due (`at`, ms; undefined: nothing scheduled), how many were reviewed. */
    done(at: number | undefined, reviewed: number, now: number) {
      loading!.hidden = true;
      stage!.hidden = true;
      controls!.hidden = true;
      keys!.hidden = true;
      item!.replaceChildren();
      doneNext!.textContent = at === undefined ? text(ui.doneNever) : format(text(ui.doneNext), { when: whenText(at, now) });
      doneCount!.textContent = reviewed ? plural(config.lang, ui.doneCount, reviewed) : '';
      done!.hidden = false;
    },
    /** Whether the end of a session is showing. */
    isDone: () => !done!.hidden,
    /** Moves focus to the end of the session's message. */
    focusDone: () => done!.focus(),
    /** The rating's word, as the buttons show it. */
    ratingWord: (rating: ReviewRating) => RATING_WORDS[rating],
  };
}
