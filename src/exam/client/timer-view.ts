/**
 * The visible timer of a timed attempt: time left, read from the stored start time on every
 * tick (so a reload or another tab shows the same), announced to screen readers at 5 minutes
 * and 1 minute left, and the attempt submitted when it runs out.
 */
import examUi from 'virtual:mnemo/ui/exam';
import lang from 'virtual:mnemo/lang';
import { text } from '../../i18n/format';
import { plural } from '../../i18n/plural';
import { formatClock } from '../labels';
import { dueAnnouncement, remainingMs } from '../timer';
import { h, say } from './dom';

/** How often the clock is redrawn, in ms. */
const TICK_MS = 1000;

/**
 * Adds the timer to `bar` for an attempt started at `startedAt` (ms) with `timeLimit` minutes,
 * and calls `onExpire` once when time is up (at once, when it already is). Returns a function
 * that stops it.
 * @example const stop = startTimer(sheet.bar, attempt.startedAt, 40, () => submit(true))
 */
export function startTimer(bar: HTMLElement, startedAt: number, timeLimit: number, onExpire: () => void): () => void {
  // The clock itself is a timer role, which screen readers do not read out on every change; the
  // announcements go to their own live region.
  const clock = h('span', { class: 'mn-exam__clock', role: 'timer' });
  const said = h('span', { class: 'mn-visually-hidden', role: 'status' });
  bar.prepend(h('p', { class: 'mn-exam__timer' }, h('span', {}, `${text(examUi.timeLeft)} `), clock, said));
  let previous = remainingMs(startedAt, timeLimit, Date.now());
  let timer = 0;
  const stop = () => clearInterval(timer);
  const tick = () => {
    const left = remainingMs(startedAt, timeLimit, Date.now());
    clock.textContent = formatClock(left);
    bar.toggleAttribute('data-low', left <= 5 * 60_000);
    const due = dueAnnouncement(previous, left);
    previous = left;
    if (due) say(said, plural(lang, examUi.minutesLeft, due));
    if (left === 0) {
      stop();
      onExpire();
    }
  };
  timer = window.setInterval(tick, TICK_MS);
  tick();
  return stop;
}
