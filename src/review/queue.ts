/**
 * The queue of a review session: which items are due now, in which order, and when the next one
 * falls due once none is. The page rebuilds it after every rating (it is cheap), so an item
 * rated Again comes back within the same session once its step has passed.
 *
 * Order (Anki's "show new cards after reviews", with intraday learning first):
 * 1. learning and relearning items due now, earliest first: their steps are minutes long, and
 *    each minute of delay stretches a step meant to test short-term recall;
 * 2. review items due today (overdue included), earliest due day first: the ones being forgotten;
 * 3. new cards, in guide order, up to what `newPerDay` still allows today: last, because each adds
 *    future reviews, so a learner who stops early has done what protects memory first;
 * 4. only when nothing else is left, learning items due within the learn-ahead limit (Anki's,
 *    default 20 minutes), so a session does not stall on a 10-minute step with nothing to do.
 * Ties keep guide order, never a random one, so a reload in mid-session shows the same item.
 */
import { localOffset, nextDayStart, studyDay, type UtcOffset } from './day';
import { dueAt } from './due';
import { newCardsToday, type NewCardLog } from './new-cards';
import type { ReviewState } from './state';

/** Anki's default learn-ahead limit (Preferences > Review), in ms. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Everything the queue is built from. */
export interface QueueInput {
  /** Every item of the guide that may be reviewed, in guide order: flashcard ids, and ids of questions in review. */
  order: readonly string[];
  /** Stored states by id; an id without one is a new item. States of ids not in `order` (deleted content) are ignored. */
  states: Readonly<Record<string, ReviewState>>;
  /** New cards already introduced, by study day. */
  newCards: NewCardLog | undefined;
  /** The guide's `review.newPerDay`. */
  newPerDay: number;
  /** ms since the epoch. */
  now: number;
  /** The time zone, for study days; default the browser's. */
  offset?: UtcOffset;
  /** How early a learning item may be shown when nothing else is due, in ms; default 20 minutes. */
  learnAheadMs?: number;
}

/** A session's queue: ids to show in order, and how many of each kind (for "3 learning, 12 to review, 5 new"). */
export interface ReviewQueue {
  items: string[];
  counts: { learning: number; review: number; new: number };
}

type Due = { id: string; at: number; index: number };
const byDue = (a: Due, b: Due) => a.at - b.at || a.index - b.index;

/** The items due at `input.now`, in the order to show them (see the module's comment). */
export function buildQueue(input: QueueInput): ReviewQueue {
  const { states, now, offset = localOffset } = input;
  const learning: Due[] = [];
  const ahead: Due[] = [];
  const review: Due[] = [];
  const fresh: string[] = [];
  const limit = Math.max(0, input.newPerDay - newCardsToday(input.newCards, studyDay(now, offset)));
  const seen = new Set<string>();
  input.order.forEach((id, index) => {
    if (seen.has(id)) return;
    seen.add(id);
    const state = states[id];
    const at = state ? dueAt(state, offset) : undefined;
    if (at === undefined) {
      if (fresh.length < limit) fresh.push(id);
    } else if (state?.phase === 'review') {
      if (at <= now) review.push({ id, at, index });
    } else if (at <= now) learning.push({ id, at, index });
    else if (at <= now + (input.learnAheadMs ?? LEARN_AHEAD_MS)) ahead.push({ id, at, index });
  });
  const ids = (list: Due[]) => list.sort(byDue).map((due) => due.id);
  const items = [...ids(learning), ...ids(review), ...fresh];
  const early = items.length ? [] : ids(ahead);
  return { items: [...items, ...early], counts: { learning: learning.length + early.length, review: review.length, new: fresh.length } };
}

/**
 * When the next item falls due (ms since the epoch) after a session that has emptied the queue:
 * `now` while something is still due; otherwise the earliest due time of a started item, or the
 * next study day's start when new cards wait for tomorrow's allowance. Undefined when nothing
 * ever will be (nothing started, and no new cards or `newPerDay` 0).
 */
export function nextDue(input: QueueInput): number | undefined {
  const { states, now, offset = localOffset } = input;
  if (buildQueue(input).items.length) return now;
  let next: number | undefined;
  let newWaiting = false;
  for (const id of input.order) {
    const state = states[id];
    const at = state ? dueAt(state, offset) : undefined;
    if (at === undefined) newWaiting = true;
    else if (next === undefined || at < next) next = at;
  }
  if (newWaiting && input.newPerDay > 0) {
    const tomorrow = nextDayStart(now, offset);
    if (next === undefined || tomorrow < next) next = tomorrow;
  }
  return next;
}
