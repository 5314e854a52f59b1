/**
 * The new cards introduced on the current study day, so the daily limit (`review.newPerDay`)
 * holds across reloads and tabs. Kept as the ids themselves, not a count, so that two tabs'
 * copies merge without double counting or losing one (a union), and a card rated twice on its
 * first day counts once. Keyed by the study day: a log of an earlier day counts nothing.
 */

/** The new cards introduced on one study day (see `studyDay` in `day.ts`). */
export interface NewCardLog {
  /** The study day, as `studyDay` numbers it. */
  day: number;
  /** Ids of the items first rated that day, in the order they were introduced. */
  ids: string[];
}

/**
 * How many new cards were introduced on study day `today`.
 * @example newCardsToday({ day: 20458, ids: ['a', 'b'] }, 20458) // 2
 */
export function newCardsToday(log: NewCardLog | undefined, today: number): number {
  return log && log.day === today ? log.ids.length : 0;
}

/** The log after item `id` was introduced on study day `today`; a log of another day starts afresh. */
export function recordNewCard(log: NewCardLog | undefined, id: string, today: number): NewCardLog {
  const ids = log && log.day === today ? log.ids : [];
  return { day: today, ids: ids.includes(id) ? ids : [...ids, id] };
}

/** Two copies of the log (two tabs, an import): the later day's, or on the same day both ids lists joined. */
export function mergeNewCardLogs(a: NewCardLog | undefined, b: NewCardLog | undefined): NewCardLog | undefined {
  if (!a || !b) return a ?? b;
  if (a.day !== b.day) return a.day > b.day ? a : b;
  return { day: a.day, ids: [...new Set([...a.ids, ...b.ids])] };
}

/** A stored log, or undefined when malformed (never throws; storage may hold anything). */
export function readNewCardLog(value: unknown): NewCardLog | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { day, ids } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(day) || !Array.isArray(ids)) return undefined;
  if (!ids.every((id) => typeof id === 'string')) return undefined;
  return { day: day as number, ids: [...new Set(ids as string[])] };
}
