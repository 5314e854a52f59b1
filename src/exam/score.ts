/**
 * Scoring a submitted attempt: total, percent, pass or fail, per section, time taken and the
 * missed questions. Each question's own grading happens elsewhere; this only counts outcomes.
 * Pure and browser-safe.
 */

/** How one drawn question ended: answered right, answered wrong, or left unanswered. */
export type Outcome = 'right' | 'wrong' | 'unanswered';

/** A drawn question as scoring needs it. */
export interface ScoredQuestion {
  id: string;
  /** Slug of its lesson's section ('' at the top of the guide); sections are scored at this level. */
  section: string;
  /** Route slug of its lesson. */
  lesson: string;
}

/** Right answers out of the questions of one section. */
export interface SectionScore {
  section: string;
  right: number;
  total: number;
  /** Whole percent, rounded down (see `percentOf`). */
  percent: number;
}

/** The result of an attempt. */
export interface ExamScore {
  right: number;
  total: number;
  /** Whole percent, rounded down. */
  percent: number;
  /** Whether the exact score (not the rounded percent) reaches the pass mark. */
  passed: boolean;
  /** Sections holding drawn questions, in guide order. */
  sections: SectionScore[];
  /** Milliseconds from start to submit, at most the time limit. */
  timeTakenMs: number;
  /** Ids answered wrong or left unanswered, in presentation order, for "retry the missed questions". */
  missed: string[];
}

/** What `scoreAttempt` needs. */
export interface ScoreRequest {
  /** The drawn questions in presentation order. */
  questions: readonly ScoredQuestion[];
  /** Outcome per question id; a question with none counts as unanswered. */
  outcomes: Readonly<Record<string, Outcome>>;
  /** Lowest passing score in percent, 0 to 100. */
  passMark: number;
  /** Start and submit times in milliseconds since the epoch. */
  startedAt: number;
  submittedAt: number;
  /** The time limit in minutes, if timed: time taken never exceeds it (a tab closed past the limit submits late). */
  timeLimit?: number;
  /** Section slugs in guide order; sections not listed follow in the order they first come up. */
  sectionOrder: readonly string[];
}

/**
 * Whole percent, rounded down, so a score just below a mark never shows as reaching it
 * (20 of 29 is 68.97: 68, not 69); 0 when there is nothing to count.
 * @example percentOf(2, 3) // 66
 */
export function percentOf(right: number, total: number): number {
  // right * 100 / total of whole numbers is exact when whole, so flooring never loses a point.
  return total > 0 ? Math.floor((right * 100) / total) : 0;
}

/**
 * Scores an attempt. `passed` compares the exact score with the pass mark (right × 100 ≥
 * passMark × total), so rounding never turns a fail into a pass; an attempt with no questions
 * never passes.
 * @example scoreAttempt({ questions, outcomes, passMark: 70, startedAt, submittedAt, sectionOrder })
 */
export function scoreAttempt(request: ScoreRequest): ExamScore {
  const { questions, outcomes, passMark, startedAt, submittedAt, timeLimit, sectionOrder } = request;
  const bySection = new Map<string, { right: number; total: number }>();
  const missed: string[] = [];
  let right = 0;
  for (const { id, section } of questions) {
    // Exact comparison: an id such as `constructor` must not pick up an inherited value.
    const isRight = outcomes[id] === 'right';
    const tally = bySection.get(section) ?? { right: 0, total: 0 };
    bySection.set(section, { right: tally.right + (isRight ? 1 : 0), total: tally.total + 1 });
    if (isRight) right++;
    else missed.push(id);
  }
  const rank = (s: string) => {
    const i = sectionOrder.indexOf(s);
    return i === -1 ? sectionOrder.length : i;
  };
  // Array sort is stable, so unlisted sections keep their first-seen order.
  const sections = [...bySection].sort(([a], [b]) => rank(a) - rank(b)).map(([section, t]) => ({ section, ...t, percent: percentOf(t.right, t.total) }));
  const total = questions.length;
  const limitMs = timeLimit === undefined ? Infinity : timeLimit * 60_000;
  return {
    right,
    total,
    percent: percentOf(right, total),
    passed: total > 0 && right * 100 >= passMark * total,
    sections,
    timeTakenMs: Math.min(Math.max(0, submittedAt - startedAt), limitMs),
    missed,
  };
}
