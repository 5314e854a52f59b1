/**
 * The seeded draw of an exam or practice test: which questions, in which order. Pure and
 * browser-safe; the same request always gives the same test, which is what makes a seed in the
 * address reproduce a test exactly.
 */
import { sample, shuffle, streamRandom } from './random';

/** How the learner last answered a question; absent from a history means never seen. */
export type LastResult = 'right' | 'wrong';

/** Everything a draw depends on. */
export interface DrawRequest {
  /**
   * Questions that may be drawn, in guide order (a different order gives a different draw for
   * the same seed). Duplicate ids count once.
   */
  pool: readonly { id: string }[];
  /** Ids always included and counted in `count`: an exam page's own questions. */
  include?: readonly string[];
  /** How many questions the test holds; never fewer than `include`, at most all there are. */
  count: number;
  /** The test's seed, e.g. `k3j9x0ab` (see `newSeed`). */
  seed: string;
  /** The learner's last result per question id; used only with `weakSpots`. */
  history?: Readonly<Record<string, LastResult>>;
  /** "Focus on my weak spots": draw by tiers, see `drawQuestions`. */
  weakSpots?: boolean;
}

/**
 * Draws a test and returns its question ids in presentation order.
 *
 * Without `weakSpots`, every set of `count - include.length` pool questions is equally likely.
 * With `weakSpots`, the draw fills the test by strict tiers: questions last answered wrong, then
 * never-seen ones, then ones last answered right; a tier is taken whole while it fits, and the
 * tier that overflows is sampled uniformly. Strict tiers rather than weights, so the promise to
 * the learner is plain: every question you got wrong comes back before anything you got right.
 *
 * The presentation order is a uniform shuffle of all drawn questions (the page's own included)
 * from its own stream of the seed.
 * @example drawQuestions({ pool, include: [], count: 10, seed: 'k3j9x0ab' })
 * @example // Retry the missed questions: all of them, in a fresh order.
 * drawQuestions({ pool: [], include: missed, count: missed.length, seed: newSeed() })
 */
export function drawQuestions(request: DrawRequest): string[] {
  const { pool, count, seed, history = {}, weakSpots = false } = request;
  const include = [...new Set(request.include ?? [])];
  const taken = new Set(include);
  const rest: string[] = [];
  for (const { id } of pool) {
    if (!taken.has(id)) rest.push(id);
    taken.add(id);
  }
  // History values are compared exactly: an id such as `constructor` must not read as "seen".
  const tiers = weakSpots
    ? [rest.filter((id) => history[id] === 'wrong'), rest.filter((id) => history[id] !== 'wrong' && history[id] !== 'right'), rest.filter((id) => history[id] === 'right')]
    : [rest];
  const random = streamRandom(seed, 'draw');
  let needed = Math.max(0, (Math.floor(count) || 0) - include.length);
  const drawn = [...include];
  for (const tier of tiers) {
    const picked = sample(tier, needed, random);
    drawn.push(...picked);
    needed -= picked.length;
  }
  return shuffle(drawn, streamRandom(seed, 'order'));
}
