/**
 * The seed and the practice options in a page's address (`?seed=k3j9x0ab&section=releasing&count=20&timed=1`),
 * so a test can be shared and retaken exactly. Reading never throws: a bad value falls back to
 * its default, because an address is typed, truncated and pasted by people. Browser-safe.
 */
import { isSeed } from './seed';

/** What a learner chooses on the practice page. */
export interface PracticeOptions {
  /** Section slugs to draw from (with their sub-sections); empty with no tags: the whole guide. */
  sections: string[];
  /** Tags to draw from, joined with `sections` as a union. */
  tags: string[];
  /** Questions in the test, 1 to `MAX_PRACTICE_COUNT`. */
  count: number;
  /** Whether the test has a time limit (`practiceTimeLimit(count)` minutes). */
  timed: boolean;
  /** "Focus on my weak spots" (see `drawQuestions`). */
  weakSpots: boolean;
}

/** Practice options with the test's seed, if the address has a valid one. */
export interface PracticeQuery extends PracticeOptions {
  seed?: string;
}

/** Options of a practice test the learner has not changed. */
export const DEFAULT_PRACTICE: Readonly<PracticeOptions> = { sections: [], tags: [], count: 20, timed: false, weakSpots: false };

/** Largest practice test; a larger count in an address is lowered to it. */
export const MAX_PRACTICE_COUNT = 200;

/** Minutes allowed per question in a timed practice test (an assumption, between the sample exams' 1.33 and a relaxed 2). */
export const PRACTICE_MINUTES_PER_QUESTION = 1.5;

// Section slugs as `segmentSlug` makes them, so `..` or an empty segment never gets in.
const SECTION = /^[a-z0-9][a-z0-9.-]*(?:\/[a-z0-9][a-z0-9.-]*)*$/;
const MAX_ENTRIES = 100;
const MAX_TAG_LENGTH = 100;

/** Whole minutes a timed practice test of `count` questions allows (rounded up). @example practiceTimeLimit(20) // 30 */
export function practiceTimeLimit(count: number): number {
  return Math.ceil(count * PRACTICE_MINUTES_PER_QUESTION);
}

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

function flag(value: string | null, fallback: boolean): boolean {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return fallback;
}

function list(values: string[], ok: (v: string) => boolean, known?: readonly string[]): string[] {
  const kept = values.map((v) => v.trim()).filter((v) => ok(v) && (!known || known.includes(v)));
  return [...new Set(kept)].slice(0, MAX_ENTRIES);
}

/**
 * The seed of an address's query, or undefined when it has none or a malformed one (then the
 * page makes a new seed with `newSeed` and writes it back with `withSeed`, so a reload keeps it).
 * @example readSeed('?seed=k3j9x0ab') // 'k3j9x0ab'
 */
export function readSeed(search: string): string | undefined {
  const seed = params(search).get('seed');
  return isSeed(seed) ? seed : undefined;
}

/**
 * The query with its seed set, other parameters kept, without a leading `?`.
 * @example withSeed('?count=5', 'k3j9x0ab') // 'count=5&seed=k3j9x0ab'
 */
export function withSeed(search: string, seed: string): string {
  const p = params(search);
  p.set('seed', seed);
  return p.toString();
}

/**
 * Reads practice options from a query (`section` and `tag` repeat). Unknown keys are ignored;
 * with `known`, sections and tags the guide does not have are dropped.
 * @example readPracticeQuery('?section=releasing&count=10&timed=1') // { sections: ['releasing'], count: 10, timed: true, ... }
 */
export function readPracticeQuery(search: string, known?: { sections: readonly string[]; tags: readonly string[] }): PracticeQuery {
  const p = params(search);
  const rawCount = p.get('count') ?? '';
  const count = /^\d{1,9}$/.test(rawCount) && Number(rawCount) >= 1 ? Math.min(Number(rawCount), MAX_PRACTICE_COUNT) : DEFAULT_PRACTICE.count;
  const query: PracticeQuery = {
    sections: list(p.getAll('section'), (s) => SECTION.test(s), known?.sections),
    tags: list(p.getAll('tag'), (t) => t !== '' && t.length <= MAX_TAG_LENGTH, known?.tags),
    count,
    timed: flag(p.get('timed'), DEFAULT_PRACTICE.timed),
    weakSpots: flag(p.get('weak'), DEFAULT_PRACTICE.weakSpots),
  };
  const seed = readSeed(search);
  if (seed) query.seed = seed;
  return query;
}

/**
 * Writes practice options as a query without a leading `?`, leaving out defaults to keep the
 * address short. `readPracticeQuery` reads it back to the same options.
 * @example writePracticeQuery({ ...DEFAULT_PRACTICE, sections: ['releasing'], seed: 'k3j9x0ab' }) // 'seed=k3j9x0ab&section=releasing'
 */
export function writePracticeQuery(query: PracticeQuery): string {
  const p = new URLSearchParams();
  if (query.seed) p.set('seed', query.seed);
  for (const section of query.sections) p.append('section', section);
  for (const tag of query.tags) p.append('tag', tag);
  if (query.count !== DEFAULT_PRACTICE.count) p.set('count', String(query.count));
  if (query.timed) p.set('timed', '1');
  if (query.weakSpots) p.set('weak', '1');
  return p.toString();
}
