/**
 * Counting saved progress for the badges and the lesson header, which run on every page that
 * lists lessons. They only count results for ids the build gave them, so they read the stored
 * value tolerantly, whatever version wrote it (a result is a result in every version), and
 * need none of the store's validation or migrations: the store does those when it saves.
 */

/** What the badges read of a stored progress value: results and last ratings by id. */
export interface ProgressCounts {
  questions: Record<string, { result?: unknown } | undefined>;
  cards: Record<string, { last?: unknown } | undefined>;
}

const NOTHING: ProgressCounts = { questions: {}, cards: {} };
const isObject = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The results in a stored progress value (any version), or nothing when it is not one.
 * @example peekProgress('{"v":1,"questions":{"q":{"result":"right","at":1}},"cards":{}}').questions.q // { result: 'right', at: 1 }
 */
export function peekProgress(raw: string | null): ProgressCounts {
  try {
    const data: unknown = raw === null ? null : JSON.parse(raw);
    // Versions start at 1; anything else is not progress (the store keeps it aside unread).
    if (!isObject(data) || !Number.isInteger(data.v) || (data.v as number) < 1) return NOTHING;
    return { questions: isObject(data.questions) ? data.questions : {}, cards: isObject(data.cards) ? data.cards : {} };
  } catch {
    return NOTHING;
  }
}

const own = <T>(map: Record<string, T>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);

/**
 * How many of `ids` were last answered right.
 * @example countRight(progress, ['q1', 'q2']) // 1
 */
export function countRight(progress: ProgressCounts, ids: readonly string[]): number {
  return ids.filter((id) => own(progress.questions, id)?.result === 'right').length;
}

/** How many of the cards `ids` were last rated "got it". */
export function countKnown(progress: ProgressCounts, ids: readonly string[]): number {
  return ids.filter((id) => own(progress.cards, id)?.last === 'got').length;
}
