/**
 * The stored shapes of exam attempts, hand-validated like the progress store
 * (`src/lib/progress/schema.ts`): storage is shared with other scripts and other versions, so
 * anything malformed is dropped, never trusted and never thrown. Browser-safe.
 */
import { isValidId } from '../checks/core/ids';
import type { ExamScore, SectionScore } from './score';
import { isSeed } from './seed';

/** The exam key of a learner-built practice test (exam pages use their route slug). */
export const PRACTICE = 'practice';

/** One question per screen, or all on one page (the learner's choice). */
export type Layout = 'one' | 'all';

/**
 * An attempt being taken, saved on every change so a reload, a closed tab or a second tab resume
 * it: same questions, same answers, same remaining time (computed from `startedAt`). Kept after
 * submitting (with `submittedAt`) so the results page survives a reload too.
 */
export interface OpenAttempt {
  /** Attempt id, a fresh `newSeed()`. */
  id: string;
  /** The exam page's route slug, or `practice`. */
  exam: string;
  /** The seed the questions were drawn with. */
  seed: string;
  /** Drawn question ids in presentation order; the truth on resume, even if the guide changed since. */
  drawn: string[];
  /** Each answered question's response, as its kind's widget saves it (any JSON value); only drawn ids. */
  answers: Record<string, unknown>;
  /** Ids flagged for later, a subset of `drawn`. */
  flags: string[];
  /** Start, ms since the epoch. */
  startedAt: number;
  /** Time limit in minutes; absent when untimed. */
  timeLimit?: number;
  layout: Layout;
  /** Last change, ms since the epoch; the newer copy wins a merge. */
  updatedAt: number;
  /** Submit time, ms since the epoch, once submitted; the attempt is then read-only. */
  submittedAt?: number;
}

/** A finished attempt as the progress dashboard lists it. */
export interface AttemptResult extends Omit<ExamScore, 'sections'> {
  id: string;
  exam: string;
  seed: string;
  drawn: string[];
  /** The pass mark the attempt was scored against, in percent. */
  passMark: number;
  sections: SectionScore[];
  /** Start and submit, ms since the epoch. */
  startedAt: number;
  submittedAt: number;
}

/** Deepest nesting accepted in a saved response; widgets save flat shapes, and this bounds the walk. */
const MAX_DEPTH = 8;
/** Most questions one attempt may hold; more is not an attempt this generator made. */
const MAX_QUESTIONS = 1000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isPercent = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 100;
const isExam = (v: unknown): v is string =>
  v === PRACTICE || (typeof v === 'string' && /^[a-z0-9][a-z0-9.-]*(?:\/[a-z0-9][a-z0-9.-]*)*$/.test(v));

/**
 * Whether a value survives `JSON.stringify` and `JSON.parse` unchanged: null, booleans, finite
 * numbers, strings, arrays and plain objects of those, at most 8 levels deep.
 * @example isJson({ picked: [0, 2] }) // true
 * @example isJson({ at: new Date() }) // false
 */
export function isJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.values(value).every((v) => isJson(v, depth + 1));
}

/** A list of distinct valid question ids, or undefined. */
function readIds(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_QUESTIONS || !v.every((id) => typeof id === 'string' && isValidId(id))) return undefined;
  return new Set(v).size === v.length ? (v as string[]) : undefined;
}

/**
 * Reads a stored open attempt, or undefined when it is unusable. Answers and flags for ids not
 * drawn, and answers that are not JSON, are left out; an unknown layout falls back to `one`.
 * A bad time limit drops the attempt: guessing would make a timed exam untimed.
 */
export function readOpenAttempt(v: unknown): OpenAttempt | undefined {
  if (!isObject(v) || !isSeed(v.id) || !isExam(v.exam) || !isSeed(v.seed) || !isTime(v.startedAt) || !isTime(v.updatedAt)) return undefined;
  const drawn = readIds(v.drawn);
  if (!drawn?.length) return undefined;
  if (v.timeLimit !== undefined && !(typeof v.timeLimit === 'number' && Number.isFinite(v.timeLimit) && v.timeLimit > 0)) return undefined;
  if (v.submittedAt !== undefined && !isTime(v.submittedAt)) return undefined;
  const inDrawn = new Set(drawn);
  const answers: Record<string, unknown> = {};
  if (isObject(v.answers)) {
    for (const [id, response] of Object.entries(v.answers)) if (inDrawn.has(id) && isJson(response)) answers[id] = response;
  }
  const flags = Array.isArray(v.flags) ? [...new Set(v.flags.filter((id): id is string => typeof id === 'string' && inDrawn.has(id)))] : [];
  const attempt: OpenAttempt = {
    id: v.id, exam: v.exam, seed: v.seed, drawn, answers, flags, startedAt: v.startedAt,
    layout: v.layout === 'all' ? 'all' : 'one', updatedAt: v.updatedAt,
  };
  if (v.timeLimit !== undefined) attempt.timeLimit = v.timeLimit as number;
  if (v.submittedAt !== undefined) attempt.submittedAt = v.submittedAt as number;
  return attempt;
}

function readSection(v: unknown): SectionScore | undefined {
  if (!isObject(v) || typeof v.section !== 'string' || !isCount(v.right) || !isCount(v.total) || v.right > v.total || !isPercent(v.percent)) return undefined;
  return { section: v.section, right: v.right, total: v.total, percent: v.percent };
}

/** Reads a stored finished attempt; any malformed part drops it, since a half-read score would mislead. */
export function readAttemptResult(v: unknown): AttemptResult | undefined {
  if (!isObject(v) || !isSeed(v.id) || !isExam(v.exam) || !isSeed(v.seed) || !isTime(v.startedAt) || !isTime(v.submittedAt)) return undefined;
  const drawn = readIds(v.drawn);
  const missed = readIds(v.missed);
  const sections = Array.isArray(v.sections) ? v.sections.map(readSection) : [undefined];
  if (!drawn || !missed || !missed.every((id) => drawn.includes(id)) || sections.some((s) => !s)) return undefined;
  const { right, total, percent, passed, passMark, timeTakenMs } = v;
  if (!isCount(right) || total !== drawn.length || right + missed.length !== total || !isPercent(percent)) return undefined;
  if (typeof passed !== 'boolean' || !isPercent(passMark) || !isTime(timeTakenMs)) return undefined;
  return {
    id: v.id, exam: v.exam, seed: v.seed, drawn, missed, right, total, percent, passed, passMark,
    sections: sections as SectionScore[], startedAt: v.startedAt, submittedAt: v.submittedAt, timeTakenMs,
  };
}

/**
 * The finished attempt to keep, from a submitted open attempt and its score.
 * @example toResult(open, scoreAttempt({ ... }), 70)
 */
export function toResult(open: OpenAttempt, score: ExamScore, passMark: number): AttemptResult {
  const { id, exam, seed, drawn, startedAt } = open;
  return { id, exam, seed, drawn, passMark, ...score, startedAt, submittedAt: open.submittedAt ?? startedAt + score.timeTakenMs };
}
